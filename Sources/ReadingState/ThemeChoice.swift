import Foundation

/// The colour theme last chosen with `T`, remembered in the state folder (`theme`, one line: its name)
/// so that the next run opens in it. Written durably like the rest of the reader's state.
public struct ThemeChoice: Sendable {
    public let path: String

    /// The choice kept in `folder` (the state folder).
    public init(folder: String) {
        path = (folder as NSString).appendingPathComponent("theme")
    }

    /// The theme name remembered; nil when there is none (or the file is unreadable: it is only a default).
    public func load() -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let name = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return name.isEmpty || name.contains(where: \.isNewline) ? nil : name
    }

    /// Remembers `name`, creating the state folder when needed.
    public func save(_ name: String) throws(StateFailure) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw StateFailure(path: folder, message: "Cannot create the state folder \(folder) to remember the theme")
        }
        try DurableWrite.replace(path, with: Data((name + "\n").utf8))
    }
}
