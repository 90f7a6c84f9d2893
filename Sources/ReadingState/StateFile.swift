import ArticleModel
import Foundation
import RegularFiles
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One library's state file, with its lock file beside it. Every write happens under the lock, after
/// re-reading the file, so that changes saved by another lede in the meantime are merged, not lost.
public struct StateFile: Sendable, Hashable {
    /// The JSON document.
    public let path: String

    public init(path: String) { self.path = path }

    public var folder: String { (path as NSString).deletingLastPathComponent }

    /// `<name>.lock` beside the document: a separate file, because the document itself is replaced on
    /// every save and a lock on a replaced file protects nothing.
    public var lockPath: String {
        ((path as NSString).deletingPathExtension) + ".lock"
    }

    /// What `load()` found.
    public struct Loaded: Sendable {
        /// The saved document; nil when there is none (yet) or it could not be used.
        public var document: StateDocument?
        /// Messages for the reader, e.g. that a corrupt file was set aside and where it went.
        public var notices: [String]
        /// Which version of the file `document` came from (or was written to).
        public var identity: FileIdentity? = nil
    }

    /// Reads the state without ever failing: a missing file is no state, a corrupt one is moved aside
    /// (under the lock, so that no good file another lede just wrote is moved instead), and anything else
    /// becomes a notice. A save will report the problem again if it persists.
    public func load() -> Loaded {
        guard FileManager.default.fileExists(atPath: path) else { return Loaded(document: nil, notices: []) }
        do {
            return try FileLock.withExclusiveLock(lockPath) { () throws(StateFailure) in
                try read(settingAsideCorrupt: true)
            }
        } catch let lockOrMoveFailure {
            // A folder lede may not write to: read what is there without changing anything.
            do {
                var loaded = try read(settingAsideCorrupt: false)
                if loaded.document == nil, let problem = loaded.notices.first {
                    loaded.notices = [problem + "; it could not be moved aside (\(lockOrMoveFailure.message)), "
                        + "so lede starts without it and will not save over it"]
                }
                return loaded
            } catch {
                return Loaded(document: nil, notices: [error.message + "; lede starts without it and will not save over it"])
            }
        }
    }

    /// Re-reads the file under the lock, applies `change` and writes the result durably.
    /// Returns the document written and any notices (a corrupt file found here is set aside too).
    /// `known` is what the caller last read or wrote: when the file is still that version, it is not
    /// parsed again (the common case of one lede, and most of a save's cost).
    public func update(known: Loaded? = nil,
                       _ change: (StateDocument?) -> StateDocument) throws(StateFailure) -> Loaded {
        try Self.makeFolder(folder)
        return try FileLock.withExclusiveLock(lockPath) { () throws(StateFailure) in
            removeLeftoverTemporaries()
            let current: Loaded
            if let known, let identity = known.identity, known.document != nil,
               FileIdentity.of(path: path) == identity {
                current = Loaded(document: known.document, notices: [], identity: identity)
            } else {
                current = try read(settingAsideCorrupt: true)
            }
            let next = change(current.document)
            let data: Data
            do {
                data = try next.encoded()
            } catch {
                throw StateFailure(path: path, message: "\(path): cannot encode the state: \(error)")
            }
            try DurableWrite.replace(path, with: data)
            return Loaded(document: next, notices: current.notices, identity: FileIdentity.of(path: path))
        }
    }

    func read(settingAsideCorrupt: Bool) throws(StateFailure) -> Loaded {
        guard let (data, identity) = try contents() else { return Loaded(document: nil, notices: []) }
        let document: StateDocument
        do {
            document = try StateDocument.decode(data)
        } catch {
            switch error {
            case .newerVersion(let version):
                throw StateFailure(path: path, message: "\(path) was written by a newer lede (format version \(version)); "
                    + "this lede leaves it alone and cannot save to it")
            case .corrupt(let reason):
                let problem = "the state file \(path) could not be read: \(reason)"
                guard settingAsideCorrupt else { return Loaded(document: nil, notices: [problem]) }
                let aside = try setAside()
                return Loaded(document: nil, notices: ["\(problem); it was moved to \(aside) and lede started without it"])
            }
        }
        return Loaded(document: document, notices: [], identity: identity)
    }

    /// The largest state file lede reads: far above any real one (a bookmark takes about 500 bytes).
    public static let sizeLimit = 64 << 20

    /// The file's bytes and identity, or nil when there is no file. Something that is not a regular file
    /// (a FIFO, `/dev/zero`) or is over `sizeLimit` is refused without blocking or reading it all.
    func contents() throws(StateFailure) -> (Data, FileIdentity?)? {
        do {
            let contents = try RegularFile.contents(of: path, limit: Self.sizeLimit)
            return (Data(contents.bytes), FileIdentity(contents.status))
        } catch {
            if error == .notFound { return nil }
            throw StateFailure(path: path, message: "\(path): cannot use the state file: \(error)")
        }
    }

    /// Moves the damaged file to `<name>.corrupt-<UTC time>` (never over an earlier copy) and returns
    /// where it went.
    func setAside() throws(StateFailure) -> String {
        let stamp = Self.stamp(Date())
        var aside = "\(path).corrupt-\(stamp)"
        var counter = 2
        while FileManager.default.fileExists(atPath: aside) {
            aside = "\(path).corrupt-\(stamp)-\(counter)"
            counter += 1
        }
        guard rename(path, aside) == 0 else { throw DurableWrite.failure(path, "cannot move the damaged state file aside") }
        try? DurableWrite.syncFolder(folder, target: path)
        return aside
    }

    /// `20261129T050102Z`: sorts by time and has no characters some file systems refuse.
    static func stamp(_ date: Date) -> String {
        let parts = Calendar.utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                      parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }

    /// Temporary files of writers that were killed before renaming. Only called under the lock, when no
    /// other writer can be between creating and renaming its own.
    func removeLeftoverTemporaries() {
        let prefix = DurableWrite.temporaryPrefix(for: path)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            unlink((folder as NSString).appendingPathComponent(name))
        }
    }

    /// Creates the folder and its parents (private to the user, as XDG asks for data folders).
    static func makeFolder(_ folder: String, for target: String? = nil) throws(StateFailure) {
        let target = target ?? folder
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw StateFailure(path: folder, message: "cannot create the state folder \(target): \(folder) is not a folder")
            }
            return
        }
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != folder { try makeFolder(parent, for: target) }
        if mkdir(folder, 0o700) != 0 && errno != EEXIST {
            throw DurableWrite.failure(folder, "cannot create the state folder")
        }
    }
}
