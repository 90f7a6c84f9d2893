import ArticleModel
import Foundation
import XDGFolders

/// Where lede keeps its state: one folder for all libraries, one file per library inside it.
public enum StateLocation {
    /// The state folder: `--state-dir`, else `$LEDE_STATE_DIR`, else `$XDG_DATA_HOME/lede`, else
    /// `~/.local/share/lede`. A relative `$XDG_DATA_HOME` is ignored, as the XDG specification says.
    public static func folder(explicit: String? = nil,
                              environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return absolute(explicit) }
        if let configured = environment["LEDE_STATE_DIR"], !configured.isEmpty { return absolute(configured) }
        return XDGFolder.data.path(environment: environment)
    }

    /// The library's identity (`LibraryIdentity`): the same library reached two ways shares one state file.
    public static func canonicalLibraryPath(_ root: String) -> String {
        LibraryIdentity.canonicalPath(root)
    }

    /// `<folder name>-<hash of the absolute path>.json`: unique per library, recognisable by people.
    public static func fileName(forLibrary root: String) -> String {
        let canonical = canonicalLibraryPath(root)
        let name = (canonical as NSString).lastPathComponent
        var readable = String(name.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "-_.".unicodeScalars.contains(scalar))
                ? Character(scalar) : "_"
        }.prefix(40))
        while readable.hasPrefix(".") { readable.removeFirst() }
        if readable.isEmpty { readable = "library" }
        return "\(readable)-\(StableHash.hex(of: canonical)).json"
    }

    /// The state file of `library` inside `folder`.
    public static func file(forLibrary root: String, in folder: String) -> StateFile {
        StateFile(path: (folder as NSString).appendingPathComponent(fileName(forLibrary: root)))
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: (path as NSString).expandingTildeInPath).standardizedFileURL.path
    }
}
