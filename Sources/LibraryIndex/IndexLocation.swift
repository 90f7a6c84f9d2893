import ArticleModel
import Foundation
import XDGFolders

/// Where the index of a library lives: `$LEDE_CACHE_DIR`, else `$XDG_CACHE_HOME/lede/`, else
/// `~/.cache/lede/`, one file per library named after a hash of the library's identity (its path with
/// symbolic links resolved, as the reading state keys on it). It is a cache: deleting it loses nothing.
public enum IndexLocation {
    public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment["LEDE_CACHE_DIR"], !explicit.isEmpty { return explicit }
        return XDGFolder.cache.path(environment: environment)
    }

    /// The index file for the library at `root`, in `folder`.
    public static func file(forLibrary root: String, in folder: String) -> String {
        let identity = LibraryIdentity.canonicalPath(root)
        return (folder as NSString).appendingPathComponent("index-\(StableHash.hex(of: identity)).bin")
    }
}
