import ArticleModel
import Foundation
import LedeTestSupport
import ReadingState

/// A fresh folder per test, holding a library folder and a state folder, with helpers to make articles
/// and open stores on that library's state.
struct Scratch {
    let folder: TemporaryFolder
    var root: String { folder.path }
    var library: String { root + "/library" }
    var stateFolder: String { root + "/state" }
    var stateFile: StateFile { StateLocation.file(forLibrary: library, in: stateFolder) }

    init() throws {
        folder = try TemporaryFolder("lede-state")
        try folder.folder("library")
    }

    /// An article as the library would list it: its path under the library and the fingerprint of `text`.
    func article(_ relativePath: String, text: String, title: String? = nil) -> ArticleSummary {
        fullArticle(relativePath, text: text, title: title).summary
    }

    func fullArticle(_ relativePath: String, text: String, title: String? = nil) -> Article {
        Article(id: ArticleID(relativePath: relativePath), path: library + "/" + relativePath,
                title: title ?? relativePath, blocks: [Block(.paragraph, text)])
    }

    func open(now: @escaping () -> Date = Date.init) -> StateStore {
        StateStore(libraryRoot: library, file: stateFile, now: now)
    }

    func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    func files(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }
}

/// A clock tests move by hand, so merges by modification time can be set up exactly.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_780_000_000)) { current = start }

    var now: Date { lock.withLock { current } }

    func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
}
