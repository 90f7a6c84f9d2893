import ArticleModel
import FeedStore
@testable import FeedSync
import FeedUpdate
import FeedServers
import Foundation
import HTTPFetch
import ReadingState
import Testing

/// Syncing with a real FreshRSS (1.24.3-87) on 127.0.0.1, its feeds served by Python's http.server.
@Suite(.enabled(if: FreshRSS.available, "needs php-cli php-sqlite3 php-curl php-xml php-mbstring and ../shared/servers"))
struct FreshRSSSyncTests {
    @Test func firstSyncReadStarAndUnsubscribeOnEitherSide() async throws {
        let feeds = try FeedFolder()
        defer { feeds.stop() }
        let alpha = try feeds.write("alpha.xml", title: "Alpha News", items: ["one", "two", "three"])
        let beta = try feeds.write("beta.xml", title: "Beta Daily", items: ["four", "five"])
        let server = try FreshRSS(feeds: [alpha, beta])
        defer { server.stop() }
        let scratch = try SyncScratch()
        try await scratch.addAccount(server)

        // First sync: both feeds, all five items, each feed in its own folder.
        let first = try await scratch.sync()
        #expect(first.error == nil)
        #expect(first.new == 5)
        #expect(try scratch.subscriptions() == [alpha, beta])
        let files = scratch.articles()
        #expect(files.count == 5)
        #expect(Set(files.map { ($0 as NSString).deletingLastPathComponent }).count == 2)
        let one = try #require(files.first { $0.contains("one-story") })
        let text = try String(contentsOfFile: scratch.library + "/" + one, encoding: .utf8)
        #expect(text.contains("feed: \"\(alpha)\""))
        #expect(text.contains("url: \"https://news.example/alpha.xml/one\""))
        #expect(text.contains("The one story, told."))

        let fetcher = SyncScratch.fetcher()
        defer { Task { await fetcher.shutdown() } }
        let (client, token) = try await SyncScratch.client(server, fetcher: fetcher)
        let ids = try await client.itemIDs(GReaderClient.readingList)
        #expect(ids.count == 5)

        // Read in lede: read on the server after the sync.
        let reading = scratch.reading()
        reading.setRead(try scratch.summary(one), true)
        #expect(reading.save() == .saved)
        let second = try await scratch.sync()
        #expect(second.error == nil)
        #expect(second.pushed == 1)
        #expect(try await client.itemIDs(GReaderClient.readingList, excluding: GReaderClient.read).count == 4)

        // Starred on the server: a bookmark in lede after the sync.
        let unread = try await client.itemIDs(GReaderClient.readingList, excluding: GReaderClient.read)
        let starredID = try #require(unread.sorted().first)
        try await client.editTag([starredID], add: GReaderClient.starred, token: token)
        let third = try await scratch.sync()
        #expect(third.starred == 1)
        let bookmarks = scratch.reading().bookmarks
        #expect(bookmarks.count == 1)
        #expect(bookmarks.first?.quote == nil)

        // Unsubscribed on the server: gone from feeds.opml, its articles stay.
        let subscriptions = try await client.subscriptions()
        let betaStream = try #require(subscriptions.first { $0.feedURL == beta }).id
        try await client.unsubscribe(betaStream, token: token)
        let fourth = try await scratch.sync()
        #expect(fourth.subscriptionsRemoved == 1)
        #expect(try scratch.subscriptions() == [alpha])
        #expect(scratch.articles().count == 5)

        // Unsubscribed in lede: gone from the server.
        var list = try SubscriptionList.load(libraryRoot: scratch.library)
        _ = list.remove(alpha)
        try list.save(libraryRoot: scratch.library)
        let fifth = try await scratch.sync()
        #expect(fifth.error == nil)
        #expect(try await client.subscriptions().isEmpty)
    }

    @Test func changesMadeWhileTheServerIsDownArePushedOnceItIsBack() async throws {
        let feeds = try FeedFolder()
        defer { feeds.stop() }
        let alpha = try feeds.write("alpha.xml", title: "Alpha News", items: ["one", "two"])
        let server = try FreshRSS(feeds: [alpha])
        defer { server.stop() }
        let scratch = try SyncScratch()
        try await scratch.addAccount(server)
        #expect(try await scratch.sync().new == 2)

        server.stopServing()
        let reading = scratch.reading()
        let files = scratch.articles()
        reading.setRead(try scratch.summary(files[0]), true)
        reading.addBookmark(try scratch.summary(files[1]))
        #expect(reading.save() == .saved)
        let failed = try await scratch.sync()
        let error = try #require(failed.error)
        guard case .unreachable = error else { Issue.record("expected unreachable, got \(error)"); return }
        #expect(failed.pending == 2)
        #expect(failed.line.hasPrefix("lede@127.0.0.1:\(server.port): cannot reach the server"))
        #expect(failed.line.hasSuffix("2 local changes kept for the next sync"))

        try server.startServing()
        let back = try await scratch.sync()
        #expect(back.error == nil)
        #expect(back.pushed == 2)
        #expect(back.pending == 0)
        try await HTTPFetcher.using(SyncScratch.policy()) { fetcher in
            let (client, _) = try await SyncScratch.client(server, fetcher: fetcher)
            #expect(try await client.itemIDs(GReaderClient.readingList, excluding: GReaderClient.read).count == 1)
            #expect(try await client.itemIDs(GReaderClient.starred).count == 1)
        }
    }

    @Test func wrongPasswordIsOneLineNamingTheAccount() async throws {
        let server = try FreshRSS(feeds: [])
        defer { server.stop() }
        let fetcher = SyncScratch.fetcher()
        let login = await SyncLogin.token(url: server.api, user: server.user, password: "not-the-password", fetcher: fetcher)
        await fetcher.shutdown()
        #expect(login == .failure(.wrongPassword))

        // A token the server no longer accepts, and a password command that prints a wrong password.
        let scratch = try SyncScratch()
        try scratch.addAccount(url: server.api, user: server.user, token: "lede/stale", passwordCommand: "echo wrong")
        let report = try await scratch.sync()
        #expect(report.error == .wrongPassword)
        #expect(report.line == "lede@127.0.0.1:\(server.port): the server refused the user name or password")
    }

    @Test func aFeedAlsoSubscribedDirectlyGivesNoDuplicates() async throws {
        let feeds = try FeedFolder()
        defer { feeds.stop() }
        let alpha = try feeds.write("alpha.xml", title: "Alpha News", items: ["one", "two", "three"])
        let scratch = try SyncScratch()
        var list = SubscriptionList()
        list.add(Subscription(url: alpha))
        try list.save(libraryRoot: scratch.library)
        let fetched = try await HTTPFetcher.using(SyncScratch.policy()) { fetcher in
            try await FeedUpdater(libraryRoot: scratch.library, fetcher: fetcher).update(list.subscriptions)
        }
        #expect(fetched.first?.new == 3)
        let before = scratch.articles()

        let server = try FreshRSS(feeds: [alpha])
        defer { server.stop() }
        try await scratch.addAccount(server)
        let report = try await scratch.sync()
        #expect(report.error == nil)
        #expect(report.new == 0)
        #expect(scratch.articles() == before)
        #expect(try scratch.subscriptions() == [alpha])
    }
}
