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
        var problems: [LoadProblem] = []
        let files = try scan(root, problems: &problems)

        let results = Parallel.map(files.count) { index in
            let file = files[index]
            return Result { () throws(LoadProblem) in
                try ArticleLoader.load(path: file.path, relativePath: file.relativePath, options: options)
            }
        }

        var articles: [Article] = []
        for result in results {
            switch result {
            case .success(let loaded):
                articles.append(loaded.article)
                problems += loaded.warnings
            case .failure(let problem):
                problems.append(problem)
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
}
