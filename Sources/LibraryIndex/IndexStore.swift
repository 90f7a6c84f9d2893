import Foundation

/// Loads and saves one library's index file.
public struct IndexStore: Sendable {
    public var path: String

    public init(path: String) { self.path = path }

    public init(library root: String, cacheFolder: String = IndexLocation.folder()) {
        path = IndexLocation.file(forLibrary: root, in: cacheFolder)
    }

    public enum LoadOutcome: Sendable {
        case loaded(LibraryIndex)
        /// No index yet: the first open of this library.
        case missing
        /// The file exists but cannot be used; the message says so and names it.
        case damaged(String)
    }

    /// With `checkingLater`, only what lists the library is checked now: the search sections are checked
    /// by `LibraryIndex.checkSections`, which `IndexedLibrary.update` calls.
    public func load(checkingLater: Bool = false) -> LoadOutcome {
        guard FileManager.default.fileExists(atPath: path) else { return .missing }
        guard let data = MappedFile.map(path) else {
            return .damaged("\(path): cannot read the index (\(String(cString: strerror(errno)))); it will be rebuilt")
        }
        do {
            return .loaded(try IndexFile.decode(data, path: path, mapped: true, checkingLater: checkingLater))
        } catch {
            return .damaged(error.description)
        }
    }

    /// The newest `limit` entries of the saved index and how many it has, read unchecked (see
    /// `IndexFile.decodeHead`); nil when there is no usable index. Only the pages they lie on are read.
    public func loadHead(limit: Int) -> IndexHead? {
        MappedFile.map(path).flatMap { IndexFile.decodeHead($0, limit: limit) }
    }

    /// Writes the index next to its final place and renames it over, so that a reader never sees half
    /// an index. No fsync: this is a cache, and a lost update is only redone.
    public func save(_ index: LibraryIndex) throws(IndexSaveError) {
        let folder = (path as NSString).deletingLastPathComponent
        try Self.makeFolder(folder, for: path)
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do throws(IndexSaveError) {
            try IndexFile.write(index, to: temporary)
            if rename(temporary, path) != 0 { throw IndexSaveError(path: path, errno: errno) }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Creates the cache folder and its parents, saying which part is in the way when one is a file.
    static func makeFolder(_ folder: String, for path: String) throws(IndexSaveError) {
        var status = stat()
        if stat(folder, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else {
                throw IndexSaveError(path: path, reason: "the cache folder \(folder) is not a folder")
            }
            return
        }
        let parent = (folder as NSString).deletingLastPathComponent
        if parent != folder, !parent.isEmpty { try makeFolder(parent, for: path) }
        if mkdir(folder, 0o755) != 0, errno != EEXIST {
            throw IndexSaveError(path: path, reason: "cannot create the cache folder \(folder): \(String(cString: strerror(errno)))")
        }
    }
}
