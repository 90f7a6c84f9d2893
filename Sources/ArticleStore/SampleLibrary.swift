import ArticleModel
import Foundation
import XDGFolders

/// The articles bundled with lede, opened when no library is named or configured.
///
/// They are built into the binary (the EmbedFiles plugin) and written out, read-only, to a folder of the
/// cache the first time they are needed, because a library is a folder: the index, the scanner and the
/// reading state all work on paths.
public enum SampleLibrary {
    /// The folder of the sample articles: `$XDG_CACHE_HOME/lede/sample-<digest>` (else `~/.cache/...`), one per
    /// version of the articles, so an upgrade never reads stale ones. Not `$LEDE_CACHE_DIR`: the sample's path
    /// must stay the same whichever index cache a run uses, because reading state is kept by library path.
    public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        let folder = folderPath(environment: environment)
        if FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(".complete")) {
            return folder
        }
        try writeOut(to: folder)
        return folder
    }

    /// Where `folder` keeps the articles, without writing them (to name the sample in messages).
    public static func folderPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        (XDGFolder.cache.path(environment: environment) as NSString).appendingPathComponent("sample-\(digest)")
    }

    /// The articles by file name.
    public static var files: [String: String] { EmbeddedSampleLibrary.files }

    /// A hash of the names and texts (NUL-separated): a new folder whenever the bundled articles change.
    static let digest = StableHash.hex(of: EmbeddedSampleLibrary.files.keys.sorted()
        .map { $0 + "\0" + EmbeddedSampleLibrary.files[$0]! + "\0" }.joined())

    /// Writes the articles into a fresh folder beside the target and renames it into place, so a reader never
    /// sees half of them; a marker file says the folder is complete.
    static func writeOut(to folder: String) throws {
        let manager = FileManager.default
        let parent = (folder as NSString).deletingLastPathComponent
        try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let staging = folder + ".tmp-\(getpid())"
        try? manager.removeItem(atPath: staging)
        try manager.createDirectory(atPath: staging, withIntermediateDirectories: false)
        for (name, text) in EmbeddedSampleLibrary.files {
            let path = (staging as NSString).appendingPathComponent(name)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            try manager.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        }
        try Data().write(to: URL(fileURLWithPath: (staging as NSString).appendingPathComponent(".complete")))
        if rename(staging, folder) != 0 {
            // Another lede wrote it first: theirs is as good as ours.
            try? manager.removeItem(atPath: staging)
            guard manager.fileExists(atPath: (folder as NSString).appendingPathComponent(".complete")) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: folder])
            }
        }
    }
}
