import ArticleModel
import FeedStore
import Foundation
import HTTPFetch
import ReadingState

/// One sync of a library with its account: local changes are queued durably first, then pushed;
/// subscriptions, new items and read and starred states are pulled into `feeds.opml`, article files
/// (exactly as `lede fetch` stores them) and lede's read marks and bookmarks.
///
/// When both sides changed the same item since the last sync, the reader's change in lede is pushed:
/// the API does not say when a state changed on the server, and a local change is known to be newer
/// than the last sync. A change never pushed stays queued, whatever fails.
///
/// Not thread-safe: run one engine in one task.
public final class SyncEngine {
    public let libraryRoot: String
    var account: SyncAccount
    let accountFile: AccountFile
    let stateFile: SyncStateFile
    var state: SyncState
    var client: GReaderClient
    let store: FeedStore
    /// Held for the engine's life: one writer of the library's feeds at a time.
    let writeLock: LibraryWriteLock
    let reading: StateStore
    var subscriptions: SubscriptionList
    var subscriptionsChanged = false
    var report: SyncReport
    let progress: @Sendable (String) -> Void
    let now: () -> Date
    /// Server subscriptions by stream id (`feed/...`), for the items' feeds.
    var streams: [String: GReaderSubscription] = [:]
    /// Articles loaded to set their read marks and bookmarks, by library-relative path.
    var summaries: [String: ArticleSummary?] = [:]

    /// The engine of the library's account, or nil when the library has none.
    public init?(libraryRoot: String, stateFolder: String, fetcher: HTTPFetcher,
                 progress: @escaping @Sendable (String) -> Void = { _ in }, now: @escaping () -> Date = Date.init)
        throws(SyncError)
    {
        accountFile = AccountFile(libraryRoot: libraryRoot, stateFolder: stateFolder)
        guard let account = try accountFile.load() else { return nil }
        self.libraryRoot = libraryRoot
        self.account = account
        self.progress = progress
        self.now = now
        stateFile = SyncStateFile(libraryRoot: libraryRoot, stateFolder: stateFolder)
        state = try stateFile.load()
        let owner = account.user + " " + account.url
        if state.account != owner { state = SyncState(account: owner) }
        client = GReaderClient(root: account.url, fetcher: fetcher, auth: account.token)
        do {
            writeLock = try LibraryWriteLock(libraryRoot: libraryRoot)
            store = try FeedStore(libraryRoot: libraryRoot)
            subscriptions = try SubscriptionList.load(libraryRoot: libraryRoot)
        } catch {
            throw .local((error as? StateFailure)?.message ?? error.localizedDescription)
        }
        reading = StateStore(libraryRoot: libraryRoot, file: StateLocation.file(forLibrary: libraryRoot, in: stateFolder))
        report = SyncReport(account: account.name)
    }

    /// `user@host`: how messages name the account.
    public var accountName: String { account.name }

    /// Syncs; never throws: a failure is the report's `error`, and what was done before it is saved.
    public func run() async -> SyncReport {
        let started = now()
        var pulled = false
        do throws(SyncError) {
            try queueLocalChanges()
            progress("logging in")
            let token = try await logIn()
            progress("subscriptions")
            try await syncSubscriptions(token: token)
            try await pullItems()
            pulled = true
            progress("read and starred states")
            try await pullStates(at: started)
            try await pushStates(token: token, at: started)
            try save(pulledAt: started)
        } catch {
            report.error = error
            try? save(pulledAt: pulled ? started : nil)
        }
        report.pending = state.pending.count
        return report
    }

    /// Uses the stored token, logging in again through the password command when the server refuses
    /// it; returns the edit token.
    func logIn() async throws(SyncError) -> String {
        if account.token == nil { try await renewToken() }
        do {
            return try await client.editToken()
        } catch .loginNeeded {
            try await renewToken()
            return try await client.editToken()
        }
    }

    private func renewToken() async throws(SyncError) {
        guard let command = account.passwordCommand else {
            throw account.token == nil ? .wrongPassword : .loginNeeded
        }
        let password = try PasswordCommand.run(command)
        client.auth = nil
        account.token = try await client.login(user: account.user, password: password)
        client.auth = account.token
        try accountFile.save(account)
    }

    /// Makes the new files durable, then saves the feed state, the subscriptions, the read marks and
    /// bookmarks, and the sync state (with the pull's time only when the pull completed).
    func save(pulledAt: Date?) throws(SyncError) {
        do throws(StateFailure) {
            try store.commit()
            if subscriptionsChanged { try subscriptions.save(libraryRoot: libraryRoot) }
            subscriptionsChanged = false
        } catch {
            throw .local(error.message)
        }
        if case .failed(let failure) = reading.save() { throw .local(failure.message) }
        if let pulledAt { state.lastPull = pulledAt }
        try stateFile.save(state)
    }
}
