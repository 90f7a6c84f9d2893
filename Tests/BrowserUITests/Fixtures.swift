import ArticleModel
import ArticleStore
import Foundation

/// Articles for the screen tests, with hand-made analyses so highlighting shows whatever the
/// analyser does. The seed article is read from the shared seed folder next to the package at test
/// time (it is not copied into the repository); the others are written for these tests.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let seedFile = packageRoot.appendingPathComponent("../shared/seed/000_29ab742d869ecc79.txt")
        .standardizedFileURL

    /// The seed lives beside the repository (as the project's shared material does in CI), not in it. A
    /// clone on its own skips the suites that need it, with the reason; under CI they always run, so
    /// a missing seed there fails loudly instead of hiding the screens.
    static var seedAvailable: Bool {
        FileManager.default.fileExists(atPath: seedFile.path) || ProcessInfo.processInfo.environment["CI"] != nil
    }

    static func seed() throws -> Article {
        let data = try Data(contentsOf: seedFile)
        var article = try ArticleLoader.parse(data, path: "seed/000_29ab742d869ecc79.txt",
                                              relativePath: "000_29ab742d869ecc79.txt", modified: day("2021-10-19"),
                                              options: LoadOptions()).article
        article.url = "https://example.com/nga-dong-cua-phai-bo"
        article.analysis = Analysis(
            quotes: [
                quote(article, "Nhằm đối phó", speaker: "Sergei Lavrov", at: "ông Lavrov"),
                quote(article, "Sau một số động thái", speaker: "Sergei Lavrov", at: "Ngoại trưởng Lavrov"),
                quote(article, "Chúng tôi đã xác nhận", speaker: "Oana Lungescu", at: "Oana Lungescu"),
                quote(article, "Quan hệ giữa Nga và NATO", speaker: "Sergei Lavrov", at: "Ngoại trưởng Lavrov"),
                quote(article, "Ông Jen Stoltenberg", speaker: "Sergei Lavrov", at: "ông Lavrov"),
                quote(article, "NATO vẫn có thể", speaker: "Sergei Lavrov", at: "ông Lavrov"),
            ],
            terms: [quote(article, "quy ước nghiêm cấm", speaker: nil, at: nil)],
            entities: [
                entity(article, "Sergei Lavrov", .person),
                entity(article, "18/10", .date),
                entity(article, "New York Times", .organization),
                entity(article, "Đại sứ quán Nga tại Bỉ", .place),
                entity(article, "Joe Biden", .person),
                entity(article, "Oana Lungescu", .person),
                entity(article, "Moscow", .place, block: 1),
                entity(article, "NATO", .organization, block: 1),
            ])
        return article
    }

    /// The seed with every text in NFD (decomposed) form: must render exactly as the NFC original.
    static func seedNFD() throws -> Article {
        var article = try seed()
        article.title = article.title.decomposedStringWithCanonicalMapping
        article.source = article.source?.decomposedStringWithCanonicalMapping
        for index in article.blocks.indices {
            article.blocks[index].text = article.blocks[index].text.decomposedStringWithCanonicalMapping
        }
        return article
    }

    static func cjk() -> Article {
        var article = Article(
            id: ArticleID(relativePath: "cjk.txt"), path: "cjk.txt", title: "東京の図書館、夜間開館を試行へ　利用者から期待の声",
            source: "架空新聞", date: ArticleDate(day("2024-03-15"), origin: .frontMatter),
            url: "https://example.jp/library",
            blocks: [
                Block(.lede, "東京都は来月から、区内の三つの図書館で夜間開館を試験的に始めると発表した。"),
                Block(.paragraph, "都の担当者は「仕事帰りの人にも、もっと気軽に本を手に取ってほしい」と話した。開館時間は午後十時までとなる。"),
                Block(.heading, "利用者の声"),
                Block(.paragraph, "大学生の佐藤美咲さんは「試験前に遅くまで静かに勉強できる場所が増えるのは本当にうれしい」と語った。この取り組みは「静かな夜」と呼ばれている。"),
                Block(.paragraph, "서울시도 비슷한 계획을 검토하고 있다. 한 관계자는 \"좋은 시도\"라고 말했다."),
            ])
        article.analysis = Analysis(
            quotes: [
                quote(article, "仕事帰り", open: "「", close: "」", speaker: "都の担当者", named: false, at: "都の担当者"),
                quote(article, "試験前に", open: "「", close: "」", speaker: "佐藤美咲", at: "佐藤美咲"),
            ],
            terms: [quote(article, "静かな夜", open: "「", close: "」", speaker: nil, at: nil),
                    quote(article, "좋은 시도", speaker: nil, at: nil)],
            entities: [
                entity(article, "東京都", .place), entity(article, "来月", .date),
                entity(article, "佐藤美咲", .person), entity(article, "午後十時", .date),
                entity(article, "서울시", .organization),
            ])
        return article
    }

    static func emoji() -> Article {
        var article = Article(
            id: ArticleID(relativePath: "emoji.md"), path: "emoji.md", title: "Festival crowds 🎉 pack the riverfront 👨‍👩‍👧",
            source: "Riverside Daily", date: ArticleDate(day("2024-07-06"), origin: .frontMatter),
            blocks: [
                Block(.lede, "Thousands of families 👨‍👩‍👧‍👦 came to the riverfront on Saturday for the summer lantern festival 🏮."),
                Block(.paragraph, "\"It felt like the whole city was here 👍🏽, and nobody wanted to go home,\" said Maria Okafor, who ran a food stall. Flags 🇻🇳 🇯🇵 🇧🇷 hung along the promenade."),
                Block(.heading, "Weather 🌦️ held"),
                Block(.paragraph, "Organisers from the Lantern Trust said the rain stopped just before sunset ☀️. \"We got lucky ✨\", one volunteer admitted, pointing at the sky 🙌🏿."),
            ])
        article.analysis = Analysis(
            quotes: [
                quote(article, "It felt like", speaker: "Maria Okafor", at: "Maria Okafor"),
                quote(article, "We got lucky", speaker: "one volunteer", named: false, at: "one volunteer"),
            ],
            entities: [
                entity(article, "Saturday", .date), entity(article, "Maria Okafor", .person),
                entity(article, "Lantern Trust", .organization), entity(article, "riverfront", .place),
            ])
        return article
    }

    /// Escape sequences, controls and bidi overrides everywhere an article can put text.
    static func hostile() -> Article {
        var article = Article(
            id: ArticleID(relativePath: "hostile.txt"), path: "hostile.txt",
            title: "Breaking\u{1B}]0;pwned\u{07} news \u{202E}txet desrever\u{202C} end",
            source: "Wire\u{1B}[31m Red", date: ArticleDate(day("2024-01-02"), origin: .text),
            url: "-oProxyCommand=evil",
            blocks: [
                Block(.lede, "This lede has an escape \u{1B}[2J clear-screen and a carriage\rreturn."),
                Block(.paragraph, "Backspace\u{08}\u{08} and bell \u{07}, C1 \u{9B}31m, isolate \u{2066}abc\u{2069}, DEL\u{7F} end."),
                Block(.heading, "Tab\tseparated\u{2028}heading"),
                Block(.paragraph, "\"Do not \u{1B}[5mblink\u{1B}[0m at me,\" said Eve Example of the Control Office."),
            ])
        article.analysis = Analysis(
            quotes: [quote(article, "Do not", speaker: "Eve Example", at: "Eve Example")],
            entities: [entity(article, "Control Office", .organization)])
        return article
    }

    /// A long article: the seed's paragraphs many times over, with quotes all the way down.
    static func long(repeats: Int) throws -> Article {
        let base = try seed()
        var blocks: [Block] = []
        var analysis = Analysis()
        for _ in 0..<repeats {
            let shift = blocks.count
            blocks += base.blocks
            func moved(_ span: TextSpan) -> TextSpan { TextSpan(block: span.block + shift, start: span.start, end: span.end) }
            analysis.quotes += base.analysis.quotes.map {
                Quote(text: $0.text, speaker: $0.speaker, named: $0.named, span: moved($0.span), speakerSpan: $0.speakerSpan.map(moved))
            }
            analysis.entities += base.analysis.entities.map {
                Entity(text: $0.text, type: $0.type, canonical: $0.canonical, span: moved($0.span))
            }
        }
        var article = Article(id: ArticleID(relativePath: "long.txt"), path: "long.txt", title: base.title,
                              source: base.source, date: base.date, blocks: blocks)
        article.analysis = analysis
        return article
    }

    static func library() throws -> [Article] {
        [try seed()] + others()
    }

    /// The library's articles after its first, all written for these tests.
    static func others() -> [Article] {
        [cjk(), emoji(), hostile()]
            + [extra("Hà Nội thêm 40 xe buýt điện cho ba tuyến nội đô", "Tin Phố", "2024-05-21"),
               extra("中国科学院发布新的气候研究报告，涉及长江流域降水变化", "新华网", "2024-02-01"),
               extra("🚀 Launch day: the small satellite team celebrates 🎊🎊", "Orbit Weekly Magazine International", "2023-12-24"),
               extra("Người dân chờ đợi tàu điện Nhổn – ga Hà Nội", "Báo Giao thông", "2023-08-09")]
    }

    static func extra(_ title: String, _ source: String, _ date: String) -> Article {
        Article(id: ArticleID(relativePath: title), path: title + ".txt", title: title, source: source,
                date: ArticleDate(day(date), origin: .text), blocks: [Block(.paragraph, title)])
    }

    // MARK: spans by searching the text

    static func day(_ text: String) -> Date {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        return Calendar.utc.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))!
    }

    /// The span of the `occurrence`-th `needle` in the article (in block `block` if given).
    static func span(_ article: Article, _ needle: String, block: Int? = nil, after: TextSpan? = nil) -> TextSpan {
        guard let found = find(article, needle, block: block, after: after) else {
            fatalError("fixture text not found: \(needle)")
        }
        return found
    }

    static func find(_ article: Article, _ needle: String, block: Int? = nil, after: TextSpan? = nil) -> TextSpan? {
        for (index, item) in article.blocks.enumerated() where block == nil || block == index {
            if let after, index < after.block { continue }
            let text = item.text
            var searchStart = text.startIndex
            if let after, after.block == index {
                searchStart = text.unicodeScalars.index(text.startIndex, offsetBy: after.end)
            }
            if let range = text.range(of: needle, range: searchStart..<text.endIndex) {
                let start = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
                let end = text.unicodeScalars.distance(from: text.startIndex, to: range.upperBound)
                return TextSpan(block: index, start: start, end: end)
            }
        }
        return nil
    }

    static func entity(_ article: Article, _ text: String, _ type: Entity.Kind, block: Int? = nil) -> Entity {
        Entity(text: text, type: type, canonical: text, span: span(article, text, block: block))
    }

    /// A quotation: from `prefix` (just after its opening mark) to its closing mark, and the speaker's
    /// mention after it.
    static func quote(_ article: Article, _ prefix: String, open: String = "\"", close: String = "\"",
                      speaker: String?, named: Bool = true, at mention: String?) -> Quote {
        let start = span(article, open + prefix)
        let text = article.blocks[start.block].text
        let scalars = Array(text.unicodeScalars)
        let closing = close.unicodeScalars.first!
        var end = start.start + open.unicodeScalars.count
        while end < scalars.count, scalars[end] != closing { end += 1 }
        let quoted = TextSpan(block: start.block, start: start.start + open.unicodeScalars.count, end: end)
        let speakerSpan = mention.map { name in
            find(article, name, block: start.block, after: quoted) ?? span(article, name, block: start.block)
        }
        return Quote(text: article.text(of: quoted), speaker: speaker, named: named, span: quoted, speakerSpan: speakerSpan)
    }
}

import Testing

extension Trait where Self == ConditionTrait {
    /// For suites whose screens show the seed article.
    static var needsSeed: Self {
        .enabled(if: Fixtures.seedAvailable, "needs the seed article in ../shared/seed beside the repository")
    }
}
