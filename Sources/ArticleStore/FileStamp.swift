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
        if !isFolder.boolValue {
            let info = FileInfo(path: root)
            return [FileStamp(relativePath: (root as NSString).lastPathComponent, path: root,
                              size: info?.size ?? 0, modified: info?.modified ?? 0)]
        }
        guard let top = opendir(root) else {
            throw LoadProblem(path: root, kind: .unreadable(reason: "cannot list the folder"))
        }
        closedir(top)
        var stamps: [FileStamp] = []
        collect(root: root, relative: "", into: &stamps)
        return stamps.sorted { $0.relativePath < $1.relativePath }
    }
}

extension Library {
    /// Walks one folder with readdir and stat: FileManager's enumerator with resource values cost more
    /// than reading the files' metadata itself. Folders linked to are not followed (no cycles);
    /// files linked to are.
    static func collect(root: String, relative: String, into stamps: inout [FileStamp]) {
        let folder = relative.isEmpty ? root : (root as NSString).appendingPathComponent(relative)
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            guard !name.hasPrefix(".") else { continue }  // hidden, and . and ..
            let child = relative.isEmpty ? name : relative + "/" + name
            let path = (root as NSString).appendingPathComponent(child)
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                if info.st_mode & S_IFMT == S_IFDIR { type = UInt8(DT_DIR) }
            }
            if type == UInt8(DT_DIR) {
                collect(root: root, relative: child, into: &stamps)
                continue
            }
            guard ArticleLoader.extensions.contains((name as NSString).pathExtension.lowercased()),
                  let info = FileInfo(path: path), info.isRegularFile
            else { continue }
            stamps.append(FileStamp(relativePath: child, path: path, size: info.size, modified: info.modified))
        }
    }
}

/// What `stat` says about a path (following links).
struct FileInfo {
    var size: Int
    var modified: Double
    var isRegularFile: Bool

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    init(_ info: stat) {
        size = Int(info.st_size)
        modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1_000_000_000
        isRegularFile = info.st_mode & S_IFMT == S_IFREG
    }
}
