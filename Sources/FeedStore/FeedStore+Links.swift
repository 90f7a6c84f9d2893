import Foundation

extension FeedStore {
    /// The record of the same item stored under another kind of key: matched by link when one side
    /// has no id (items through a feed server have none), never when both have ids (two entries of
    /// one feed may share a link, such as its home page).
    func sameItemByLink(_ item: StoredItem, key: String, feed: String) -> ItemRecord? {
        guard let link = item.trimmedLink, let items = document.feeds[feed]?.items else { return nil }
        if linkIndex[feed] == nil {
            var index: [String: String] = [:]
            for (recordKey, record) in items {
                if let recorded = record.link { index[recorded] = recordKey }
            }
            linkIndex[feed] = index
        }
        guard let otherKey = linkIndex[feed]?[link], otherKey != key,
              key.hasPrefix("link:") || otherKey.hasPrefix("link:") else { return nil }
        return items[otherKey]
    }
}

extension StoredItem {
    /// The link without surrounding blanks; nil when there is none.
    var trimmedLink: String? {
        guard let link = link?.trimmed, !link.isEmpty else { return nil }
        return link
    }
}
