import Foundation
import ReadingState

/// What a library remembers between syncs with its account: each server item's file and the states
/// the server last had, the server's subscriptions, when the last sync pulled, and the queue of local
/// changes not yet pushed. Kept in `<library's state file name>.sync.json` in the state folder.
struct SyncState: Codable, Equatable {
    static let suffix = ".sync.json"

    var version = 1
    /// The account the state belongs to (`SyncAccount.url` and user): another account starts afresh.
    var account: String = ""
    /// When the last complete pull started; the next asks only for items crawled since.
    var lastPull: Date?
    /// Server items by decimal id.
    var items: [String: SyncedItem] = [:]
    /// The server's subscriptions lede knows of, by feed URL: their stream ids (`feed/...`).
    var subscriptions: [String: String] = [:]
    /// Local changes waiting to be pushed.
    var pending: [PendingChange] = []
}

/// A server item and the states the server had at the last sync.
struct SyncedItem: Codable, Equatable {
    /// Its article, relative to the library.
    var file: String
    var read: Bool
    var starred: Bool
    /// The bookmark lede made (or found) for the star, to notice when the reader removes it.
    var bookmark: String?
    /// When `read` and `starred` were last set from (or pushed to) the server.
    var seen: Date
}

/// One local change to push.
struct PendingChange: Codable, Equatable {
    enum Kind: String, Codable {
        case read, unread, star, unstar, subscribe, unsubscribe
    }

    var kind: Kind
    /// The item's decimal id, or the feed's URL for a subscription change.
    var target: String
    /// When the reader made the change.
    var time: Date
    /// For a subscription: its title, folder and (to unsubscribe) stream id.
    var title: String?
    var folder: String?
    var stream: String?

    /// Changes with the same key replace each other: the later one wins.
    var key: String {
        switch kind {
        case .read, .unread: "read " + target
        case .star, .unstar: "star " + target
        case .subscribe, .unsubscribe: "feed " + target
        }
    }
}

/// Reads and writes a `SyncState` durably.
struct SyncStateFile {
    let path: String

    init(libraryRoot: String, stateFolder: String) {
        path = AccountFile.base(libraryRoot: libraryRoot, stateFolder: stateFolder) + SyncState.suffix
    }

    func load() throws(SyncError) -> SyncState {
        guard let data = FileManager.default.contents(atPath: path) else { return SyncState() }
        do {
            return try decoder().decode(SyncState.self, from: data)
        } catch {
            throw .local("\(path): the sync state is damaged (\(error)); move it aside to start afresh")
        }
    }

    func save(_ state: SyncState) throws(SyncError) {
        do throws(StateFailure) {
            guard let data = try? encoder().encode(state) else {
                throw StateFailure(path: path, message: "\(path): cannot encode the sync state")
            }
            try DurableWrite.replace(path, with: data, mode: 0o600)
        } catch {
            throw .local(error.message)
        }
    }

    func remove() { unlink(path) }

    private func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .millisecondsSince1970
        return encoder
    }

    private func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        return decoder
    }
}
