import ArticleModel
import ArticleStore
import FeedStore
import Foundation
import HTMLText
import ReadingState

extension SyncEngine {
    /// Items per page of the reading list.
    static let pageSize = 1000

    /// Stores the reading list's items crawled since the last pull (all of them the first time), page
    /// by page, as `lede fetch` stores a feed's items.
    func pullItems() async throws(SyncError) {
        // An hour's overlap: a clock a little off between here and the server loses nothing.
        let since = state.lastPull.map { $0.addingTimeInterval(-3600) }
        var continuation: String?
        var count = 0
        repeat {
            let page = try await client.readingList(since: since, continuation: continuation, count: Self.pageSize)
            for item in page.items { try store(item) }
            count += page.items.count
            progress("\(count) items")
            continuation = page.items.isEmpty ? nil : page.continuation
        } while continuation != nil
    }

    private func store(_ item: GReaderItem) throws(SyncError) {
        guard let id = ItemID.decimal(item.id) else { return }
        let stream = item.origin?.streamId ?? ""
        let subscription = streams[stream]
        let feedURL = subscription?.feedURL ?? (stream.hasPrefix("feed/") ? String(stream.dropFirst(5)) : stream)
        let feed = FeedIdentity(url: feedURL, title: subscription?.title ?? item.origin?.title)
        var text = HTMLTextRenderer().render(html: item.content?.content ?? item.summary?.content ?? "")
        let enclosures = (item.enclosure ?? []).compactMap(\.href)
        if !enclosures.isEmpty {
            text += (text.isEmpty ? "" : "\n\n") + enclosures.map { "Enclosure: " + $0 }.joined(separator: "\n\n")
        }
        // No id: the server's own item id is not the feed's guid, and without one the article is
        // recognised by its link when the same feed is also fetched directly.
        let stored = StoredItem(title: item.title, link: item.link, date: item.published.map(Date.init(timeIntervalSince1970:)),
                                author: item.author, text: text)
        let outcome: ItemOutcome
        do {
            outcome = try store.write(stored, feed: feed, now: now())
        } catch {
            throw .local(error.message)
        }
        let file: String
        switch outcome {
        case .added(let path):
            report.new += 1
            file = path
        case .updated(let path):
            report.updated += 1
            file = path
        case .unchanged(let path): file = path
        }
        if state.items[id] == nil {
            // Its states come from the server's lists next, like any item's.
            state.items[id] = SyncedItem(file: file, read: false, starred: false, seen: .distantPast)
        } else {
            state.items[id]?.file = file
        }
    }

    /// Takes the server's read and starred states onto read marks and bookmarks, except where a local
    /// change is queued (it is pushed instead).
    func pullStates(at time: Date) async throws(SyncError) {
        let all = try await client.itemIDs(GReaderClient.readingList)
        let unread = try await client.itemIDs(GReaderClient.readingList, excluding: GReaderClient.read)
        let starred = try await client.itemIDs(GReaderClient.starred)
        let queued = Set(state.pending.map(\.key))
        // An item the server no longer has (its feed unsubscribed, or purged) keeps its states here.
        for (id, var item) in state.items where all.contains(id) {
            let read = !unread.contains(id), star = starred.contains(id)
            guard read != item.read || star != item.starred else { continue }
            if read != item.read, !queued.contains("read " + id), let article = summary(item.file) {
                reading.setRead(article, read)
                if read { report.markedRead += 1 } else { report.markedUnread += 1 }
            }
            if star != item.starred, !queued.contains("star " + id), let article = summary(item.file) {
                item.bookmark = setStar(article, star)
                if star { report.starred += 1 } else { report.unstarred += 1 }
            }
            item.read = read
            item.starred = star
            item.seen = time
            state.items[id] = item
        }
        // A queued change the server already agrees with needs no push.
        let items = state.items
        state.pending.removeAll { change in
            guard let item = items[change.target] else { return false }
            switch change.kind {
            case .read, .unread: return item.read == (change.kind == .read)
            case .star, .unstar: return item.starred == (change.kind == .star)
            default: return false
            }
        }
    }

    /// Bookmarks the article (returning the bookmark's id) or removes its article bookmarks.
    private func setStar(_ article: ArticleSummary, _ star: Bool) -> String? {
        if star { return reading.addBookmark(article).id }
        for bookmark in reading.bookmarks(for: article) where bookmark.quote == nil {
            reading.deleteBookmark(id: bookmark.id)
        }
        return nil
    }

    /// Pushes the queued read, unread, star and unstar changes, a batch per kind.
    func pushStates(token: String, at time: Date) async throws(SyncError) {
        let bookmarks = articleBookmarks(reading.document)
        for kind in [PendingChange.Kind.read, .unread, .star, .unstar] {
            let ids = state.pending.filter { $0.kind == kind }.map(\.target).filter { state.items[$0] != nil }
            guard !ids.isEmpty else { continue }
            progress("pushing \(ids.count) \(kind.rawValue)")
            let tag = kind == .read || kind == .unread ? GReaderClient.read : GReaderClient.starred
            let adds = kind == .read || kind == .star
            try await client.editTag(ids, add: adds ? tag : nil, remove: adds ? nil : tag, token: token)
            for id in ids {
                guard var item = state.items[id] else { continue }
                if tag == GReaderClient.read { item.read = adds } else {
                    item.starred = adds
                    item.bookmark = adds ? bookmarks[item.file]?.first?.id : nil
                }
                item.seen = time
                state.items[id] = item
            }
            report.pushed += ids.count
            let pushed = Set(ids)
            state.pending.removeAll { $0.kind == kind && pushed.contains($0.target) }
            try stateFile.save(state)
        }
    }

    /// The article at a library-relative path, loaded once; nil when the file is gone or unreadable.
    func summary(_ file: String) -> ArticleSummary? {
        if let known = summaries[file] { return known }
        let path = (libraryRoot as NSString).appendingPathComponent(file)
        let found = try? ArticleLoader.load(path: path, relativePath: file).article.summary
        summaries[file] = found
        return found
    }
}
