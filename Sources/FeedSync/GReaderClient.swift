import Foundation
import HTTPFetch

/// The Google Reader API as FreshRSS, Miniflux, Inoreader, The Old Reader and BazQux speak it: log in,
/// list subscriptions, page through the reading list, list item ids by state, change tags and
/// subscriptions. Every failure is a `SyncError`.
struct GReaderClient: Sendable {
    static let readingList = "user/-/state/com.google/reading-list"
    static let read = "user/-/state/com.google/read"
    static let starred = "user/-/state/com.google/starred"

    /// The API root, e.g. `https://rss.example.net/api/greader.php`.
    let root: String
    let fetcher: HTTPFetcher
    /// The `Auth` value from ClientLogin.
    var auth: String?

    /// ClientLogin: the token to send with every later call.
    func login(user: String, password: String) async throws(SyncError) -> String {
        let url = try address("accounts/ClientLogin", query: [])
        let result = try await Self.call { () throws(HTTPFetchError) in
            try await fetcher.post(url, form: [(name: "Email", value: user), (name: "Passwd", value: password)])
        }
        // FreshRSS answers 400 to a user name it cannot have, 401 to a wrong password.
        if [400, 401, 403].contains(result.status) { throw .wrongPassword }
        try Self.check(result, what: "ClientLogin")
        let lines = String(decoding: result.body, as: UTF8.self).split(whereSeparator: \.isNewline)
        guard let auth = lines.first(where: { $0.hasPrefix("Auth=") })?.dropFirst(5), !auth.isEmpty else {
            throw .notGoogleReader("its ClientLogin answer has no Auth= line")
        }
        return String(auth)
    }

    /// The short-lived token that every edit must carry (`T`).
    func editToken() async throws(SyncError) -> String {
        let data = try await get("reader/api/0/token", query: [])
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func subscriptions() async throws(SyncError) -> [GReaderSubscription] {
        try decode(GReaderSubscriptionList.self, await get("reader/api/0/subscription/list", query: [("output", "json")]),
                   what: "subscription/list").subscriptions
    }

    /// One page of the reading list, newest first, crawled after `since` when given.
    func readingList(since: Date?, continuation: String?, count: Int) async throws(SyncError) -> GReaderStream {
        var query = [("output", "json"), ("n", String(count))]
        if let since { query.append(("ot", String(Int(since.timeIntervalSince1970)))) }
        if let continuation { query.append(("c", continuation)) }
        return try decode(GReaderStream.self, await get("reader/api/0/stream/contents/" + Self.readingList, query: query),
                          what: "stream/contents")
    }

    /// Every item id (decimal) of `stream`, without those in `exclude`, paged through.
    func itemIDs(_ stream: String, excluding exclude: String? = nil) async throws(SyncError) -> Set<String> {
        var ids: Set<String> = []
        var continuation: String?
        repeat {
            var query = [("output", "json"), ("s", stream), ("n", "10000")]
            if let exclude { query.append(("xt", exclude)) }
            if let continuation { query.append(("c", continuation)) }
            let page = try decode(GReaderItemRefs.self, await get("reader/api/0/stream/items/ids", query: query),
                                  what: "stream/items/ids")
            let fresh = (page.itemRefs ?? []).compactMap { ItemID.decimal($0.id) }
            let before = ids.count
            ids.formUnion(fresh)
            // A server that repeats a page would loop for ever.
            continuation = ids.count > before ? page.continuation : nil
        } while continuation != nil
        return ids
    }

    /// Adds or removes a state (read, starred) on items, a batch per call.
    func editTag(_ items: [String], add: String? = nil, remove: String? = nil, token: String) async throws(SyncError) {
        for start in stride(from: 0, to: items.count, by: 250) {
            var form = items[start..<min(items.count, start + 250)].map { (name: "i", value: ItemID.long($0)) }
            if let add { form.append((name: "a", value: add)) }
            if let remove { form.append((name: "r", value: remove)) }
            form.append((name: "T", value: token))
            try await post("reader/api/0/edit-tag", form: form)
        }
    }

    func subscribe(_ url: String, title: String?, folder: String?, token: String) async throws(SyncError) {
        var form = [(name: "ac", value: "subscribe"), (name: "s", value: "feed/" + url)]
        if let title { form.append((name: "t", value: title)) }
        if let folder { form.append((name: "a", value: "user/-/label/" + folder)) }
        try await post("reader/api/0/subscription/edit", form: form + [(name: "T", value: token)])
    }

    func unsubscribe(_ streamID: String, token: String) async throws(SyncError) {
        try await post("reader/api/0/subscription/edit",
                       form: [(name: "ac", value: "unsubscribe"), (name: "s", value: streamID), (name: "T", value: token)])
    }
}
