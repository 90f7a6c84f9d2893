import Foundation

/// An article file found in a library, with what tells whether it changed since it was indexed.
public struct FileStamp: Sendable, Hashable {
    /// The path inside the library.
    public var relativePath: String
    /// The path as shown to the user: the library root joined with `relativePath`.
    public var path: String
    public var size: Int
    /// Modification time, seconds since 1970.
    public var modified: Double

    public init(relativePath: String, path: String, size: Int, modified: Double) {
        self.relativePath = relativePath
        self.path = path
        self.size = size
        self.modified = modified
    }
}

extension Library {
    /// Article files below `root` (or `root` itself when it is a file), sorted by path; hidden files and
    /// folders are skipped. Only file metadata is read.
    public static func scan(_ root: String) throws(LoadProblem) -> [FileStamp] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder) else {
            throw LoadProblem(path: root, kind: .notFound)
        }
        let keys: [URLResourceKey] = [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey]
        if !isFolder.boolValue {
            let values = try? URL(fileURLWithPath: root).resourceValues(forKeys: Set(keys))
            return [FileStamp(relativePath: (root as NSString).lastPathComponent, path: root,
                              size: values?.fileSize ?? 0,
                              modified: values?.contentModificationDate?.timeIntervalSince1970 ?? 0)]
        }
        let rootURL = URL(fileURLWithPath: root)
        guard let enumerator = FileManager.default.enumerator(
            at: rootURL, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
        else {
            throw LoadProblem(path: root, kind: .unreadable(reason: "cannot list the folder"))
        }
        let base = rootURL.standardizedFileURL.path
        var stamps: [FileStamp] = []
        for case let url as URL in enumerator {
            guard ArticleLoader.extensions.contains(url.pathExtension.lowercased()),
                  let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true
            else { continue }
            let full = url.standardizedFileURL.path
            var relative = full.hasPrefix(base) ? String(full.dropFirst(base.count)) : url.lastPathComponent
            while relative.hasPrefix("/") { relative.removeFirst() }
            stamps.append(FileStamp(
                relativePath: relative, path: (root as NSString).appendingPathComponent(relative),
                size: values.fileSize ?? 0, modified: values.contentModificationDate?.timeIntervalSince1970 ?? 0))
        }
        return stamps.sorted { $0.relativePath < $1.relativePath }
    }
}
