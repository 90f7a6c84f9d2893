import ArticleModel
import Foundation
@testable import ReadingState
import Testing

@Suite struct StateDocumentTests {
    let t0 = Date(timeIntervalSince1970: 1_780_000_000.25)

    func bookmark(_ id: String, note: String? = nil, at time: Date, path: String = "a.txt") -> Bookmark {
        Bookmark(id: id, articleID: ArticleID(relativePath: path), path: path, fingerprint: "f-\(path)",
                 title: "Title of \(path)", note: note, created: time)
    }

    /// A time the store could have stamped: a whole number of milliseconds.
    func stamp(_ milliseconds: Int64) -> Date { StateTime.date(milliseconds: 1_780_000_000_000 + milliseconds) }

    @Test func roundTripKeepsEveryFieldAndMillisecondTimes() throws {
        var quoted = bookmark("q", note: "ghi chú tiếng Việt", at: stamp(373))
        quoted.quote = BookmarkedQuote(text: "Tuyến mới", span: TextSpan(block: 2, start: 1, end: 10), speaker: "Lê Văn Bình")
        let document = StateDocument(
            library: "/news", bookmarks: [quoted, bookmark("b", at: stamp(250), path: "b.md")],
            deleted: ["gone": stamp(999)],
            read: [ReadMark(path: "a.txt", fingerprint: "f", read: true, modified: stamp(7))])
        let data = try document.encoded()
        let decoded = try StateDocument.decode(data)
        #expect(decoded == document)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"version\" : 1"))
        #expect(text.contains("\"created\" : \"2026-05-28T20:26:40.373Z\""))
        #expect(text.contains("\"article_id\""))
    }

    @Test func damagedDocumentsAreCorruptNewerOnesAreNot() {
        let cases: [(String, StateDocument.ReadError)] = [
            ("", .corrupt("it is empty")),
            ("{\"version\": 1, \"bookmarks\": [{\"id\": \"x\"", .corrupt("it is not valid JSON (truncated?)")),
            ("{\"bookmarks\": []}", .corrupt("it has no \"version\"")),
            ("{\"version\": 7}", .newerVersion(7)),
            // Issue 18, item 8: a field of the wrong type is named, not called "truncated".
            ("{\"version\": \"1\"}", .corrupt("its \"version\" is a string (\"1\"), not a whole number")),
            ("{\"version\": [1]}", .corrupt("its \"version\" is an array, not a whole number")),
            ("[1]", .corrupt("it is not a JSON object")),
        ]
        for (text, expected) in cases {
            #expect(throws: expected) { try StateDocument.decode(Data(text.utf8)) }
        }
        #expect(throws: StateDocument.ReadError.self) {
            try StateDocument.decode(Data("{\"version\": 1, \"bookmarks\": [{\"id\": \"x\"}]}".utf8))
        }
    }

    @Test func handWrittenTimesWithoutFractionsParse() {
        #expect(StateTime.parse("2026-05-28T20:26:40Z") == Date(timeIntervalSince1970: 1_780_000_000))
        #expect(StateTime.parse("2026-05-28T20:26:40.5Z") == Date(timeIntervalSince1970: 1_780_000_000.5))
        #expect(StateTime.parse("yesterday") == nil)
        #expect(StateTime.string(Date(timeIntervalSince1970: 1_780_000_000.123)) == "2026-05-28T20:26:40.123Z")
        #expect(StateTime.parse("2026-05-28T21:26:40+01:00") == Date(timeIntervalSince1970: 1_780_000_000))
    }

    @Test func fastTimeFormatAgreesWithFoundationAcrossTheCalendar() throws {
        let foundation = Date.ISO8601FormatStyle()
        var milliseconds: Int64 = -2_208_988_800_000  // 1900-01-01
        while milliseconds < 7_258_118_400_000 {      // 2200-01-01
            let date = StateTime.date(milliseconds: milliseconds)
            let text = StateTime.string(date)
            #expect(String(text.prefix(19)) + "Z" == foundation.format(StateTime.date(milliseconds: milliseconds - (milliseconds % 1000 + 1000) % 1000)))
            #expect(StateTime.parse(text) == date)
            milliseconds += 86_400_000 * 13 + 3_601_007  // steps through every month, hour and many milliseconds
        }
    }

    @Test func concurrentDeletesAndAddsMergeTheSameEitherWay() {
        let shared = [bookmark("1", at: t0), bookmark("2", at: t0), bookmark("3", at: t0)]
        // Process A deletes 1, adds 4 and writes a note on 3; process B deletes 2 and adds 5, and still
        // holds an old copy of 3 without the note.
        var a = StateDocument(bookmarks: shared)
        a.bookmarks["1"] = nil
        a.deleted["1"] = t0 + 10
        a.bookmarks["4"] = bookmark("4", at: t0 + 11)
        a.bookmarks["3"]?.note = "đọc lại"
        a.bookmarks["3"]?.modified = t0 + 12
        var b = StateDocument(bookmarks: shared)
        b.bookmarks["2"] = nil
        b.deleted["2"] = t0 + 20
        b.bookmarks["5"] = bookmark("5", at: t0 + 21)

        let ab = a.merged(with: b), ba = b.merged(with: a)
        #expect(ab == ba)
        #expect(Set(ab.bookmarks.keys) == ["3", "4", "5"])
        #expect(ab.bookmarks["3"]?.note == "đọc lại")
        #expect(Set(ab.deleted.keys) == ["1", "2"])
    }

    @Test func aDeleteIsNotResurrectedByANewerCopy() {
        var deleting = StateDocument()
        deleting.deleted["1"] = t0
        var editedLater = bookmark("1", note: "edited after the delete", at: t0 - 5)
        editedLater.modified = t0 + 60
        let other = StateDocument(bookmarks: [editedLater])
        #expect(deleting.merged(with: other).bookmarks.isEmpty)
        #expect(other.merged(with: deleting).bookmarks.isEmpty)
    }

    @Test func noteAndLocationMergeFieldByField() {
        // One copy got a new note, the other followed the file to its new name: the merge keeps both.
        var noted = bookmark("1", at: t0)
        noted.note = "note"
        noted.modified = t0 + 5
        var moved = bookmark("1", at: t0)
        moved.path = "renamed.txt"
        moved.located = t0 + 9
        for merged in [StateDocument(bookmarks: [noted]).merged(with: StateDocument(bookmarks: [moved])),
                       StateDocument(bookmarks: [moved]).merged(with: StateDocument(bookmarks: [noted]))] {
            #expect(merged.bookmarks["1"]?.note == "note")
            #expect(merged.bookmarks["1"]?.path == "renamed.txt")
        }
    }

    @Test func laterUnreadBeatsEarlierRead() {
        let read = StateDocument(read: [ReadMark(path: "a.txt", fingerprint: "f", read: true, modified: t0)])
        let unread = StateDocument(read: [ReadMark(path: "a.txt", fingerprint: "f", read: false, modified: t0 + 1)])
        #expect(read.merged(with: unread).read["a.txt"]?.read == false)
        #expect(unread.merged(with: read).read["a.txt"]?.read == false)
    }

    @Test func oldTombstonesArePruned() {
        var document = StateDocument()
        document.deleted = ["old": t0 - StateDocument.tombstoneLifetime - 1, "recent": t0 - 60]
        document.pruneTombstones(now: t0)
        #expect(Set(document.deleted.keys) == ["recent"])
    }
}
