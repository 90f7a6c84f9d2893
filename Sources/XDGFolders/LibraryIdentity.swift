import Foundation

/// Which library a folder is, whichever way it was named: its absolute path with `~` expanded,
/// `.` and `..` removed and symbolic links resolved. The index and the reading state both key on it,
/// so a library reached through a link or a relative path finds its own index and bookmarks.
public enum LibraryIdentity {
    /// The canonical path of the library at `root`.
    public static func canonicalPath(_ root: String) -> String {
        let expanded = (root as NSString).expandingTildeInPath
        return URL(fileURLWithPath: expanded).standardizedFileURL.resolvingSymlinksInPath().standardizedFileURL.path
    }
}
