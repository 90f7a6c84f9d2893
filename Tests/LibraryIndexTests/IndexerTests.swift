import ArticleModel
import ArticleStore
import Foundation
import LedeTestSupport
@testable import LibraryIndex
import Testing

@Suite struct IndexerTests {
    let base: TemporaryFolder
    let root: String
    let cache: String

    init() throws {
        base = try TemporaryFolder("lede-index")
        root = try base.folder("library")
        cache = base.path("cache")
        try write("a.txt", "Alpha story\n\nPublished on 3 March 2019.\n")
        try write("sub/b.md", "---\ntitle: Beta story\ndate: 2024-01-05\n---\nText.\n")
        try write("c.txt", "Gamma story\n\nHà Nội, ngày 12/8/2021.\n")
    }

    func write(_ name: String, _ text: String, modified: Date? = nil) throws {
        let path = root + "/" + name
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        if let modified {
            try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path)
        }
    }

    var store: IndexStore { IndexStore(library: root, cacheFolder: cache) }

    @Test func firstIndexListsNewestFirstAndRoundTrips() throws {
        let (index, report) = try Indexer.update(nil, root: root, analyze: false)
        #expect(report == IndexUpdate(added: 3))
        #expect(index.entries.map(\.title) == ["Beta story", "Gamma story", "Alpha story"])
        try store.save(index)
        guard case .loaded(let loaded) = store.load() else {
            Issue.record("the saved index did not load")
            return
        }
        #expect(loaded.entries == index.entries)
        #expect(loaded.summaries().map(\.path) == [root + "/sub/b.md", root + "/c.txt", root + "/a.txt"])
        #expect(loaded.summaries()[0].id == ArticleID(relativePath: "sub/b.md"))
    }

    @Test func nothingChangedMeansNothingRead() throws {
        let (first, _) = try Indexer.update(nil, root: root, analyze: false)
        let (second, report) = try Indexer.update(first, root: root, analyze: false)
        #expect(report == IndexUpdate(unchanged: 3))
        #expect(second.entries == first.entries)
    }

    @Test func addedEditedAndDeletedFilesArePickedUpWhileClosed() throws {
        let (first, _) = try Indexer.update(nil, root: root, analyze: false)
        try store.save(first)

        try write("d.txt", "Delta story\n\nOn 1 June 2025 it happened.\n")
        try write("a.txt", "Alpha story, revised\n\nPublished on 3 March 2019.\n", modified: Date(timeIntervalSinceNow: 60))
        try FileManager.default.removeItem(atPath: root + "/c.txt")

        guard case .loaded(let reloaded) = store.load() else {
            Issue.record("index did not load")
            return
        }
        let (updated, report) = try Indexer.update(reloaded, root: root, analyze: false)
        #expect(report == IndexUpdate(added: 1, changed: 1, removed: 1, unchanged: 1))
        #expect(updated.entries.map(\.title) == ["Delta story", "Beta story", "Alpha story, revised"])
    }

    /// Only a file whose size or time changed is read again: one whose bytes were swapped behind the
    /// index's back (same size, same time) keeps what the index had. Two articles with the same body
    /// share their saved records, and each stays right when the other changes.
    @Test func onlyTheChangedFileIsReadAgain() throws {
        let body = "\n\nNgày 1/2/2020, giao thông công cộng ở Hà Nội tăng.\n"
        let when = Date(timeIntervalSince1970: 1_700_000_000)
        try write("x.txt", "Copy one" + body, modified: when)
        try write("y.txt", "Copy two" + body, modified: when)
        let (first, _) = try Indexer.update(nil, root: root)
        try store.save(first)

        try write("y.txt", "Copy 2!!" + body, modified: when)
        try write("x.txt", "Copy one, revised" + body.replacingOccurrences(of: "giao thông", with: "xe buýt"),
                  modified: when.addingTimeInterval(60))
        guard case .loaded(let loaded) = store.load() else {
            Issue.record("the saved index did not load")
            return
        }
        let (second, report) = try Indexer.update(loaded, root: root)
        #expect(report == IndexUpdate(changed: 1, unchanged: 4))
        let titles = Set(second.entries.map(\.title))
        #expect(titles.isSuperset(of: ["Copy two", "Copy one, revised"]) && !titles.contains("Copy 2!!"))
        func found(_ words: [String]) -> [String] {
            let numbers = words.compactMap(second.postings.wordNumber(for:))
            guard numbers.count == words.count else { return [] }
            return second.entries.indices.filter { (second.wordSequences.occurrences(of: numbers, at: $0) ?? 0) > 0 }
                .map { second.entries[$0].title }
        }
        #expect(found(["giao", "thong", "cong"]) == ["Copy two"])
        #expect(found(["xe", "buyt", "cong"]) == ["Copy one, revised"])
        let analyses = try second.allAnalyses()
        let copies = second.entries.indices.filter { second.entries[$0].title.hasPrefix("Copy") }
        #expect(copies.count == 2 && copies.allSatisfy { !analyses[$0].entities.isEmpty })
    }

    @Test func unreadableFilesAreRememberedUntilTheyChange() throws {
        try write("empty.txt", "")
        let (first, report) = try Indexer.update(nil, root: root, analyze: false)
        #expect(report.problems.map(\.kind) == [.empty])
        #expect(first.skipped.map(\.relativePath) == ["empty.txt"])
        let (second, again) = try Indexer.update(first, root: root, analyze: false)
        #expect(again == IndexUpdate(unchanged: 4))
        #expect(second.skipped == first.skipped)
        try write("empty.txt", "Now it has a title\n\nAnd text.\n", modified: Date(timeIntervalSinceNow: 60))
        let (third, fixed) = try Indexer.update(second, root: root, analyze: false)
        #expect(fixed.changed == 1)
        #expect(third.skipped.isEmpty)
        #expect(third.entries.contains { $0.title == "Now it has a title" })
    }

    @Test(arguments: ["truncated", "flipped", "garbage", "empty", "version"])
    func damagedIndexIsReportedNamingTheFile(_ damage: String) throws {
        let (index, _) = try Indexer.update(nil, root: root, analyze: false)
        try store.save(index)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: store.path)))
        switch damage {
        case "truncated": bytes.removeLast(bytes.count / 3)
        case "flipped": bytes[bytes.count - 5] ^= 0x40
        case "garbage": bytes = Array("{\"not\": \"an index\"}".utf8)
        case "empty": bytes = []
        default: bytes[7] = 99
        }
        try Data(bytes).write(to: URL(fileURLWithPath: store.path))
        guard case .damaged(let message) = store.load() else {
            Issue.record("a \(damage) index was not reported")
            return
        }
        #expect(message.hasPrefix(store.path + ": "))
        #expect(message.hasSuffix("it will be rebuilt"))
    }

    @Test func missingIndexIsNotDamage() {
        guard case .missing = store.load() else {
            Issue.record("expected .missing")
            return
        }
    }

    @Test func analysisDigestsSurviveSaveLoadAndUpdates() throws {
        let digest = EntryAnalysis(
            quotes: [.init(text: "Chúng tôi sẽ tiếp tục", speaker: "Sergei Lavrov", named: true,
                           span: TextSpan(block: 2, start: 1, end: 22))],
            entities: [.init(canonical: "NATO", type: .organization, mentions: 4),
                       .init(canonical: "Moscow", type: .place, mentions: 2)])
        let entry = IndexEntry(relativePath: "x.txt", title: "X", source: nil, date: nil, fingerprint: "00",
                               fileSize: 1, modified: 1)
        let index = LibraryIndex(root: root, entries: [entry], analyses: [digest])
        try store.save(index)
        guard case .loaded(let loaded) = store.load() else {
            Issue.record("index did not load")
            return
        }
        #expect(try loaded.analysis(at: 0) == digest)
    }

    @Test func entityDigestCountsMentionsPerCanonicalForm() {
        let span = TextSpan(block: 0, start: 0, end: 1)
        let analysis = Analysis(entities: [
            Entity(text: "Lavrov", type: .person, canonical: "Sergei Lavrov", span: span),
            Entity(text: "Sergei Lavrov", type: .person, canonical: "Sergei Lavrov", span: span),
            Entity(text: "Nga", type: .place, canonical: "Nga", span: span),
        ])
        #expect(EntryAnalysis(analysis).entities == [
            .init(canonical: "Sergei Lavrov", type: .person, mentions: 2),
            .init(canonical: "Nga", type: .place, mentions: 1),
        ])
    }

    @Test func cacheLocationFollowsXDG() {
        #expect(IndexLocation.folder(environment: ["LEDE_CACHE_DIR": "/c"]) == "/c")
        #expect(IndexLocation.folder(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"]) == "/x/lede")
        #expect(IndexLocation.folder(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/h"]) == "/h/.cache/lede")
        #expect(IndexLocation.file(forLibrary: "/lib/", in: "/c") == IndexLocation.file(forLibrary: "/lib", in: "/c"))
        #expect(IndexLocation.file(forLibrary: "/lib", in: "/c") != IndexLocation.file(forLibrary: "/other", in: "/c"))
    }
}

/// The batches an indexing run hands out as it reads, for a list that fills as it goes.
@Suite struct IndexerBatchTests {
    @Test func everyReadEntryIsHandedOutOnceInBatches() throws {
        let library = try ScratchLibrary()
        let count = Indexer.batchSize + 3
        for number in 0..<count { try library.write("s\(number).txt", "Story \(number)\n\nText.\n") }
        let seen = BatchLog()
        let (first, _) = try Indexer.update(nil, root: library.root, analyze: false,
                                            batchRead: { seen.add($0) })
        #expect(seen.batches.map(\.count) == [Indexer.batchSize, 3])
        #expect(Set(seen.batches.joined().map(\.relativePath)) == Set(first.entries.map(\.relativePath)))

        // An update reads only the edited file, and hands out only that one.
        try library.write("s7.txt", "Story 7, edited\n\nMore text.\n")
        let again = BatchLog()
        _ = try Indexer.update(first, root: library.root, analyze: false, batchRead: { again.add($0) })
        #expect(again.batches.map { $0.map(\.title) } == [["Story 7, edited"]])
    }
}

final class BatchLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [[IndexEntry]] = []
    func add(_ batch: [IndexEntry]) { lock.withLock { stored.append(batch) } }
    var batches: [[IndexEntry]] { lock.withLock { stored } }
}
