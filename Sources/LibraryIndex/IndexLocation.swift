import ArticleModel
import Foundation

/// Where the index of a library lives: `$LEDE_CACHE_DIR`, else `$XDG_CACHE_HOME/lede/`, else
/// `~/.cache/lede/`, one file per library named after a hash of the library's absolute path. It is a
/// cache: deleting it loses nothing.
public enum IndexLocation {
    public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment["LEDE_CACHE_DIR"], !explicit.isEmpty { return explicit }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return (xdg as NSString).appendingPathComponent("lede")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".cache/lede")
    }

    /// The index file for the library at `root`, in `folder`.
    public static func file(forLibrary root: String, in folder: String) -> String {
        let absolute = URL(fileURLWithPath: root).standardizedFileURL.path
        return (folder as NSString).appendingPathComponent("index-\(StableHash.hex(of: absolute)).bin")
    }
}
