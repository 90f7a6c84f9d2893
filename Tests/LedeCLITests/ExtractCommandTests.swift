import Foundation
import LedeTestSupport
import Testing

/// `lede extract` on saved pages: the JSON Lines shape, clean text, and each kind of failure named.
@Suite struct ExtractCommandTests {
    /// Removed with everything in it when the test ends.
    let scratch: TemporaryFolder
    var folder: String { scratch.path }

    init() throws {
        scratch = try TemporaryFolder("lede-extract")
        let paragraphs = [
            "Hà Nội sẽ mở thêm hai tuyến xe buýt điện từ tháng sau, theo kế hoạch của Sở Giao thông Vận tải.",
            "\"Tuyến mới giúp người dân đi lại thuận tiện hơn\", ông Lê Văn Bình, giám đốc sở, cho biết.",
            "Hai tuyến nối trung tâm với các khu đô thị mới ở phía tây, mỗi tuyến dài khoảng 20 km.",
        ].map { "<p>\($0)</p>" }.joined()
        try write("bus.html", """
            <html lang="vi"><head><title>Hà Nội mở thêm tuyến xe buýt điện - Báo Mẫu</title>
            <link rel="canonical" href="https://bao.example/xe-buyt"><meta name="author" content="Minh An">
            <meta property="article:published_time" content="2024-05-20T08:00:00+07:00"></head>
            <body><nav><a href="/">Trang chủ</a></nav><article>\(paragraphs)<p>Kẻ xấu \u{1B}]0;pwned\u{07}chèn mã vào trang, nhưng không được.</p></article></body></html>
            """)
        try write("empty.html", "")
        try write("notes.txt", "Just a note, with no markup at all.")
        try write("menu.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
    }

    @Test func jsonHasOneRecordPerPage() throws {
        let run = try LedeBinary.run(["extract", "--json", folder + "/bus.html"])
        #expect(run.status == 0)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(record["path"] as? String == folder + "/bus.html")
        #expect(record["title"] as? String == "Hà Nội mở thêm tuyến xe buýt điện")
        #expect(record["byline"] as? String == "Minh An")
        #expect(record["date"] as? String == "2024-05-20T08:00:00+07:00")
        #expect(record["url"] as? String == "https://bao.example/xe-buyt")
        #expect(record["lang"] as? String == "vi")
        let text = try #require(record["text"] as? String)
        #expect(text.hasPrefix("Hà Nội sẽ mở thêm hai tuyến"))
        #expect(text.components(separatedBy: "\n\n").count == 4)
        #expect(!text.contains("\u{1B}") && !text.contains("Trang chủ"))
    }

    @Test func plainOutputIsCleanText() throws {
        let run = try LedeBinary.run(["extract", folder + "/bus.html"])
        #expect(run.status == 0)
        #expect(run.lines.first == "Hà Nội mở thêm tuyến xe buýt điện")
        #expect(run.lines[1] == "Minh An · 2024-05-20T08:00:00+07:00 · https://bao.example/xe-buyt")
        #expect(!run.stdout.contains("\u{1B}") && !run.stdout.contains("\u{07}"))
    }

    @Test func failuresAreNamedAndExitOneWhileOtherPagesStillPrint() throws {
        let pages = ["empty.html", "notes.txt", "menu.html", "missing.html", "bus.html"].map { folder + "/" + $0 }
        let run = try LedeBinary.run(["extract", "--json"] + pages)
        #expect(run.status == 1)
        #expect(run.lines.count == 1)
        #expect(run.stderr.contains("empty.html: the page is empty"))
        #expect(run.stderr.contains("notes.txt: not an HTML page"))
        #expect(run.stderr.contains("menu.html: no article found on the page"))
        #expect(run.stderr.contains("missing.html: cannot read the file"))
    }
}
