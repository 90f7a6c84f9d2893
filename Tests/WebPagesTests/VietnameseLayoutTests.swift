import Foundation
import Testing
@testable import WebPages

/// Pages laid out as Vietnamese news sites lay theirs out (written for these tests, not copied): the
/// standfirst (`sapo`) kept as the first paragraph, captions, share bars, tags, related stories and
/// comments dropped.
@Suite struct VietnameseLayoutTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func extract(_ name: String) throws -> ExtractedArticle {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent(name))
        return try ArticleExtractor().extract(WebPage(bytes: Array(data), url: URL(string: "https://bao.example/bai-viet")))
    }

    func paragraphs(_ article: ExtractedArticle) -> [String] {
        article.text.components(separatedBy: "\n\n")
    }

    @Test func vnExpressLayout() throws {
        let article = try extract("vnexpress.html")
        #expect(article.title == "Giá xăng giảm lần thứ ba liên tiếp")
        #expect(article.url == "https://vnexpress.net/gia-xang-giam-4725001.html")
        #expect(article.language == "vi")
        let text = paragraphs(article)
        #expect(text.first?.hasPrefix("Giá xăng RON 95 giảm 300 đồng") == true)
        #expect(text.contains { $0.hasPrefix("\"Giá thế giới giảm") })
        for boilerplate in ["Ảnh: Quỳnh Trần", "Chia sẻ", "Tin liên quan", "mong giảm tiếp", "Xem nhiều", "Copyright", "Trang chủ"] {
            #expect(!article.text.contains(boilerplate), "\(boilerplate)")
        }
    }

    @Test func danTriLayout() throws {
        let article = try extract("dantri.html")
        #expect(article.byline == "Mỹ Hà")
        #expect(article.date == "2024-01-05T06:00:00+07:00")
        let text = paragraphs(article)
        #expect(text.first == "(Dân trí) - Sở Giáo dục và Đào tạo Hà Nội vừa thông báo lịch nghỉ Tết Nguyên đán cho học sinh toàn thành phố.")
        #expect(text.count == 4)
        for boilerplate in ["Ảnh: Mạnh Quân", "Zalo", "nghỉ tết", "63 tỉnh", "cookie", "Cơ quan chủ quản"] {
            #expect(!article.text.contains(boilerplate), "\(boilerplate)")
        }
    }

    @Test func tuoiTreLayout() throws {
        let article = try extract("tuoitre.html")
        #expect(article.title == "Mưa lớn gây ngập nhiều tuyến đường")
        let text = paragraphs(article)
        #expect(text.first?.hasPrefix("TTO - Cơn mưa lớn") == true)
        #expect(text.count == 4)
        for boilerplate in ["Ảnh: CHÂU TUẤN", "Đọc thêm", "Tin cùng chuyên mục", "Bình luận", "Zalo", "Giấy phép"] {
            #expect(!article.text.contains(boilerplate), "\(boilerplate)")
        }
    }
}
