import Foundation
import ReadingState

/// Keeps feed items (and saved web pages) as Markdown articles in a library, one folder per feed, and
/// remembers each feed's fetch state in a hidden file at the library's root.
///
/// `write` is the one call for "put this item into this feed's folder": new items get a new file, an
/// item seen before updates its own file in place (same path, so bookmarks and read state stay with
/// it), an unchanged item costs nothing. New files are flushed together by `commit()`, which then
/// records them in the state file; lede never deletes an article.
///
/// Safe to share between tasks: every call holds one lock.
public final class FeedStore: @unchecked Sendable {
    public let libraryRoot: String
    private let lock = NSLock()
    var document: FetchStateDocument
    /// Names taken in each folder (relative path → file names), read from disk on first use.
    var taken: [String: Set<String>] = [:]
    /// Every file a record names, built on first need.
    var recorded: Set<String>?
    /// The folders known to exist in this session, so that each costs one check, not one per item.
    var madeFolders: Set<String> = []
    /// Each feed's item keys by link, built on first need.
    var linkIndex: [String: [String: String]] = [:]
    private var dirty = false

    /// Opens the store of the library at `libraryRoot`, reading its fetch state if there is one.
    public init(libraryRoot: String) throws(StateFailure) {
        self.libraryRoot = libraryRoot
        document = try Self.loadDocument(at: (libraryRoot as NSString).appendingPathComponent(FetchStateDocument.fileName))
    }

    var statePath: String { (libraryRoot as NSString).appendingPathComponent(FetchStateDocument.fileName) }

    /// The state of the feed at `url`, if lede ever fetched it.
    public func state(of url: String) -> FeedState? {
        lock.withLock { document.feeds[url] }
    }

    /// Changes the state of the feed at `url` (creating it); saved by the next `commit()`.
    public func updateState(of url: String, _ change: (inout FeedState) -> Void) {
        lock.withLock {
            change(&document.feeds[url, default: FeedState()])
            dirty = true
        }
    }

    /// The absolute path of the folder of the feed at `url`, once this store has made sure it exists.
    func madeFolder(of url: String) -> String? {
        lock.withLock {
            guard let folder = document.feeds[url]?.folder, madeFolders.contains(folder) else { return nil }
            return absolute(folder)
        }
    }

    /// Carries a feed's state over to its new address after a permanent redirect.
    public func moveFeed(from old: String, to new: String) {
        lock.withLock {
            guard old != new, let state = document.feeds.removeValue(forKey: old) else { return }
            document.feeds[new] = state
            dirty = true
        }
    }

    /// Whether `item` is already stored in the folder of `feed` (by its id, link, or title and date).
    public func contains(_ item: StoredItem, feed: FeedIdentity) -> Bool {
        lock.withLock { document.feeds[feed.url]?.items[item.key] != nil }
    }

    /// Writes `item` into the folder of `feed`.
    public func write(_ item: StoredItem, feed: FeedIdentity, now: Date = Date()) throws(StateFailure)
        -> ItemOutcome
    {
        try write(Self.prepare(item, feed: feed, now: now))
    }

    /// What `write` works out from the item alone (its key, article text and digest), without the
    /// store's lock: a caller with a spare thread does it there. The file name's stem is left to `write`,
    /// which needs it only for a new item and is otherwise the lighter of the two threads of a big feed.
    public static func prepare(_ item: StoredItem, feed: FeedIdentity, now: Date = Date()) -> PreparedItem {
        let rendered = ArticleText.render(item, feed: feed, firstFetched: now)
        return PreparedItem(item: item, feed: feed, now: now, key: item.key, rendered: rendered)
    }

    /// Writes a prepared item into the folder of its feed.
    ///
    /// The feed's state is changed in place inside `document`, never copied out and back: a copy would
    /// share its item table with the document, and the first change would then copy the whole table,
    /// once per item (storing a 100,000-item feed slowed to 500 items a second).
    public func write(_ prepared: PreparedItem) throws(StateFailure) -> ItemOutcome {
        lock.lock()
        defer { lock.unlock() }
        let (item, feed, key, now) = (prepared.item, prepared.feed, prepared.key, prepared.now)
        if let record = document.feeds[feed.url]?.items[key] {
            try folderOf(feed)
            let (outcome, digest) = try rewrite(prepared, record: record)
            if case .updated = outcome {
                document.feeds[feed.url]?.items[key]?.digest = digest
                dirty = true
            }
            return outcome
        }
        let folder = try folderOf(feed)
        let rendered = prepared.rendered
        if let known = sameItemByLink(item, key: key, feed: feed.url) {
            // The same item from the other source (a feed server gives no guid): one file, left as the
            // first source wrote it; this source's version is recorded so that it rewrites only on change.
            document.feeds[feed.url, default: FeedState()].items[key] =
                ItemRecord(file: known.file, digest: rendered.digest, firstFetched: known.firstFetched, link: known.link)
            dirty = true
            return .unchanged(known.file)
        }
        let stem = Self.fileStem(for: item, date: item.date ?? now)
        let name = try freeName(stem: stem, in: folder, identity: rendered.identityLine)
        let relative = (folder as NSString).appendingPathComponent(name)
        try create(absolute(relative), prepared)
        taken[folder, default: []].insert(name)
        recorded?.insert(relative)
        let link = item.trimmedLink
        document.feeds[feed.url, default: FeedState()].items[key] =
            ItemRecord(file: relative, digest: rendered.digest, firstFetched: now, link: link)
        if let link { linkIndex[feed.url]?[link] = key }
        dirty = true
        return .added(relative)
    }

    /// Makes every file written so far durable, then saves the fetch state that names them.
    public func commit() throws(StateFailure) {
        lock.lock()
        defer { lock.unlock() }
        guard dirty else { return }
        try DurableWrite.flushFileSystem(of: libraryRoot)
        let data = document.json()
        try DurableWrite.replace(statePath, with: data)
        dirty = false
    }

    /// The folders of all feeds.
    func documentFolders() -> [String] {
        document.feeds.values.compactMap(\.folder)
    }

    func recordedFiles() -> Set<String> {
        if let recorded { return recorded }
        let files = Set(document.feeds.values.flatMap { $0.items.values.map(\.file) })
        recorded = files
        return files
    }

    func absolute(_ relative: String) -> String {
        (libraryRoot as NSString).appendingPathComponent(relative)
    }

    static func loadDocument(at path: String) throws(StateFailure) -> FetchStateDocument {
        guard let data = FileManager.default.contents(atPath: path) else { return FetchStateDocument() }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(FetchStateDocument.self, from: data)
        } catch {
            throw StateFailure(path: path, message: "\(path): the fetch state is damaged (\(error)); move it aside to start afresh")
        }
    }
}

/// An item with what `FeedStore.write` works out from it alone (`FeedStore.prepare`).
public struct PreparedItem: Sendable {
    let item: StoredItem
    let feed: FeedIdentity
    /// When the item was fetched: its first-fetched time if it is new.
    let now: Date
    let key: String
    /// The article as a new item's file holds it.
    let rendered: ArticleText
    /// A new item's file, written but not yet named (`ItemStaging`), else nil.
    var staged: DurableWrite.Staged?
}

/// What `FeedStore.write` did, with the article's path relative to the library.
public enum ItemOutcome: Sendable, Equatable {
    case added(String)
    case updated(String)
    case unchanged(String)
}
