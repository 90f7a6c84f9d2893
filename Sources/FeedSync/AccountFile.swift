import Foundation
import ReadingState

/// Where a library's account lives: `<library's state file name>.account.json` in the state folder,
/// mode 0600 because it holds the server's auth token.
public struct AccountFile: Sendable, Equatable {
    public static let suffix = ".account.json"
    public let path: String

    public init(path: String) { self.path = path }

    /// The account file of the library at `libraryRoot` in the state folder `folder`.
    public init(libraryRoot: String, stateFolder: String) {
        self.init(path: Self.base(libraryRoot: libraryRoot, stateFolder: stateFolder) + Self.suffix)
    }

    /// The state file's path without `.json`: the account and sync files add their own suffixes.
    static func base(libraryRoot: String, stateFolder: String) -> String {
        let name = StateLocation.fileName(forLibrary: libraryRoot)
        return (stateFolder as NSString).appendingPathComponent(String(name.dropLast(".json".count)))
    }

    /// The account, or nil when the library has none.
    public func load() throws(SyncError) -> SyncAccount? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        do {
            return try JSONDecoder().decode(SyncAccount.self, from: data)
        } catch {
            throw .local("\(path): the account file is damaged; remove it with `lede account remove` and add the account again")
        }
    }

    /// Writes the account durably, readable by its owner only.
    public func save(_ account: SyncAccount) throws(SyncError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do throws(StateFailure) {
            try makeFolder()
            guard let data = try? encoder.encode(account) else { throw StateFailure(path: path, message: "\(path): cannot encode the account") }
            try DurableWrite.replace(path, with: data, mode: 0o600)
        } catch {
            throw .local(error.message)
        }
    }

    /// Removes the account file and the library's sync state; returns whether there was an account.
    public static func remove(libraryRoot: String, stateFolder: String) -> Bool {
        SyncStateFile(libraryRoot: libraryRoot, stateFolder: stateFolder).remove()
        return unlink(AccountFile(libraryRoot: libraryRoot, stateFolder: stateFolder).path) == 0
    }

    /// Every account file in the state folder.
    public static func all(in stateFolder: String) -> [AccountFile] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: stateFolder)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted()
            .map { AccountFile(path: (stateFolder as NSString).appendingPathComponent($0)) }
    }

    private func makeFolder() throws(StateFailure) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw StateFailure(path: folder, message: "cannot create the state folder \(folder): \(error.localizedDescription)")
        }
    }
}
