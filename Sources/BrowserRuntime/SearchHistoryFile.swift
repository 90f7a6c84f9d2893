import Foundation
import RegularFiles

/// The browser's search history kept between runs: `search-history` in the state folder, one search
/// per line, the newest last. Not precious (losing it loses convenience, not work), so it is written
/// whole with an atomic rename but no fsync, and read leniently.
final class SearchHistoryFile {
    let path: String
    /// What the file holds, to write only when the history changed.
    private var saved: [String] = []

    init(folder: String) {
        path = (folder as NSString).appendingPathComponent("search-history")
    }

    /// The largest history file read: far more than the searches it keeps.
    static let sizeLimit = 1 << 20

    /// The searches in the file; none when it is missing, unreadable, not a regular file (a FIFO would
    /// block the browser's start) or over `sizeLimit`.
    func load() -> [String] {
        guard let bytes = try? RegularFile.contents(of: path, limit: Self.sizeLimit).bytes else { return [] }
        saved = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
            .filter { !$0.isEmpty }
        return saved
    }

    /// Writes `history` when it differs from what the file holds; false when it could not be written.
    @discardableResult
    func keep(_ history: [String]) -> Bool {
        guard history != saved else { return true }
        saved = history
        let text = history.map { $0.split(whereSeparator: \.isNewline).joined(separator: " ") }.joined(separator: "\n")
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try Data((text + "\n").utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            return true
        } catch {
            return false
        }
    }
}
