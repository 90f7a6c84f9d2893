import Foundation
import ReadingState

/// Prepares a feed's items on the thread that renders them, and writes there the bytes of those that
/// look new into unnamed files of the feed's folder (`DurableWrite.Staged`), so that the thread that
/// stores them (`FeedStore.write`) only names each file. For a big feed that halves the file work of
/// the storing thread, the one that also parses the XML.
///
/// Used by one preparing thread at a time. Whether an item is new is judged from the items known when
/// the fetch began; a guess that turns out wrong costs a file that is freed unnamed.
public final class ItemStaging: @unchecked Sendable {
    private let store: FeedStore
    private let url: String
    private let known: [String: ItemRecord]
    /// The feed's folder (absolute) once the store has made it; its first items are written unstaged.
    private var folder: String?

    /// Staging for the items of the feed at `url` in `store`.
    public init(store: FeedStore, url: String) {
        self.store = store
        self.url = url
        known = store.state(of: url)?.items ?? [:]
    }

    /// The item prepared as `FeedStore.prepare` does, with its file staged when it looks new.
    public func prepare(_ item: StoredItem, feed: FeedIdentity, now: Date) -> PreparedItem {
        var prepared = FeedStore.prepare(item, feed: feed, now: now)
        guard known[prepared.key] == nil else { return prepared }
        if folder == nil { folder = store.madeFolder(of: url) }
        guard let folder else { return prepared }
        // A failure here is found again, and reported, when the store writes the item itself.
        prepared.staged = try? DurableWrite.Staged(in: folder, with: Data(prepared.rendered.text.utf8),
                                                    for: folder)
        return prepared
    }
}
