import ArticleModel
import Foundation

/// A folder of article files, read recursively (hidden folders skipped), newest first.
public struct Library: Sendable {
    /// The folder (or single file) the library was read from.
    public var root: String
    public var articles: [Article]
    /// Files that were skipped or loaded with a warning, in path order.
    public var problems: [LoadProblem]

    public init(root: String, articles: [Article], problems: [LoadProblem] = []) {
        self.root = root
        self.articles = articles
        self.problems = problems
    }

    /// Reads every article under `root`. A file that cannot be read is reported in `problems` and the
    /// rest still load; only a missing or unreadable root throws.
    public static func load(at root: String, options: LoadOptions = LoadOptions()) throws(LoadProblem) -> Library {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder) else {
            throw LoadProblem(path: root, kind: .notFound)
        }
        let files: [(path: String, relative: String)]
        if isFolder.boolValue {
            files = try articleFiles(in: root)
        } else {
            files = [(root, (root as NSString).lastPathComponent)]
        }

        let results = ResultSlots(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            results.set(index, Result { () throws(LoadProblem) in
                try ArticleLoader.load(path: file.path, relativePath: file.relative, options: options)
            })
        }

        var articles: [Article] = []
        var problems: [LoadProblem] = []
        for result in results.values {
            switch result {
            case .success(let loaded):
                articles.append(loaded.article)
                problems += loaded.warnings
            case .failure(let problem):
                problems.append(problem)
            case nil:
                break
            }
        }
        return Library(root: root, articles: sortedNewestFirst(articles), problems: problems)
    }

    /// Newest first; articles of the same day keep a stable order by title, then path.
    public static func sortedNewestFirst(_ articles: [Article]) -> [Article] {
        articles.sorted { lhs, rhs in
            let left = lhs.date?.value ?? .distantPast, right = rhs.date?.value ?? .distantPast
            if left != right { return left > right }
            if lhs.title != rhs.title { return lhs.title < rhs.title }
            return lhs.path < rhs.path
        }
    }

    /// Article files below `root`, sorted by path; hidden files and folders are skipped.
    static func articleFiles(in root: String) throws(LoadProblem) -> [(path: String, relative: String)] {
        let rootURL = URL(fileURLWithPath: root)
        guard let enumerator = FileManager.default.enumerator(
            at: rootURL, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else {
            throw LoadProblem(path: root, kind: .unreadable(reason: "cannot list the folder"))
        }
        let base = rootURL.standardizedFileURL.path
        var files: [(path: String, relative: String)] = []
        for case let url as URL in enumerator {
            guard ArticleLoader.extensions.contains(url.pathExtension.lowercased()),
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let full = url.standardizedFileURL.path
            var relative = full.hasPrefix(base) ? String(full.dropFirst(base.count)) : url.lastPathComponent
            while relative.hasPrefix("/") { relative.removeFirst() }
            let shown = (root as NSString).appendingPathComponent(relative)
            files.append((shown, relative))
        }
        return files.sorted { $0.relative < $1.relative }
    }
}

/// Results written by concurrent workers, one slot each.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<LoadedArticle, LoadProblem>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<LoadedArticle, LoadProblem>) {
        lock.withLock { slots[index] = value }
    }

    var values: [Result<LoadedArticle, LoadProblem>?] { lock.withLock { slots } }
}
