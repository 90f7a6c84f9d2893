import Foundation
import RegularFiles

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
    /// folders are skipped. Only file metadata is read. A subfolder that cannot be listed, and an article
    /// file that cannot be looked at or is not a regular file (a FIFO, a device), goes in `problems`.
    public static func scan(_ root: String, problems: inout [LoadProblem]) throws(LoadProblem) -> [FileStamp] {
        guard let status = FileName.status(root) else {
            throw LoadProblem(path: root, kind: .notFound)
        }
        if status.st_mode & S_IFMT != S_IFDIR {
            let info = FileInfo(path: root)
            return [FileStamp(relativePath: (root as NSString).lastPathComponent, path: root,
                              size: info?.size ?? 0, modified: info?.modified ?? 0)]
        }
        guard let top = FileName.withSystemPath(root, { opendir($0) }) else {
            throw LoadProblem(path: root, kind: .unreadableFolder(reason: String(cString: strerror(errno))))
        }
        closedir(top)
        var stamps: [FileStamp] = []
        collect(root: root, relative: "", into: &stamps, problems: &problems)
        return stamps.sorted { $0.relativePath < $1.relativePath }
    }
}

extension Library {
    /// Walks one folder with readdir and stat: FileManager's enumerator with resource values cost more
    /// than reading the files' metadata itself. Folders linked to are not followed (no cycles);
    /// files linked to are.
    static func collect(root: String, relative: String, into stamps: inout [FileStamp], problems: inout [LoadProblem]) {
        let folder = relative.isEmpty ? root : (root as NSString).appendingPathComponent(relative)
        guard let directory = FileName.withSystemPath(folder, { opendir($0) }) else {
            problems.append(LoadProblem(path: folder, kind: .unreadableFolder(reason: String(cString: strerror(errno)))))
            return
        }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            // Names are bytes: one that is not UTF-8 is kept reversibly (see FileName).
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                FileName.decode(raw.prefix { $0 != 0 })
            }
            guard !name.hasPrefix(".") else { continue }  // hidden, and . and ..
            let child = relative.isEmpty ? name : relative + "/" + name
            let path = (root as NSString).appendingPathComponent(child)
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) {
                guard let info = FileName.linkStatus(path) else { continue }
                if info.st_mode & S_IFMT == S_IFDIR { type = UInt8(DT_DIR) }
            }
            if type == UInt8(DT_DIR) {
                collect(root: root, relative: child, into: &stamps, problems: &problems)
                continue
            }
            guard ArticleLoader.extensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
            guard let status = FileName.status(path) else {
                problems.append(LoadProblem(path: path, kind: .unreadable(reason: String(cString: strerror(errno)))))
                continue
            }
            let info = FileInfo(status)
            guard info.isRegularFile else {
                problems.append(LoadProblem(path: path, kind: .notAFile(what: RegularFile.kind(of: status.st_mode))))
                continue
            }
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
        guard let info = FileName.status(path) else { return nil }
        self.init(info)
    }

    init(_ info: stat) {
        size = Int(info.st_size)
        modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1_000_000_000
        isRegularFile = info.st_mode & S_IFMT == S_IFREG
    }
}
