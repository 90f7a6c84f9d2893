@testable import FeedStore
import Foundation
import Testing

/// Slugs folded scalar by scalar through the cache, and quoted front-matter values without escapes,
/// give exactly what the whole-string ways give.
@Suite struct SafeNameTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("../shared/corpus").standardizedFileURL

    static var corpusAvailable: Bool {
        FileManager.default.fileExists(atPath: corpus.path) || ProcessInfo.processInfo.environment["CI"] != nil
    }

    static let awkward = [
        "Đà Nẵng: ＡＢＣ tăng 50% — 東京", "ĐẶNG Thị Ánh", "İstanbul ǅemal ß Straße", "Ωμέγα ΣΊΣΥΦΟΣ",
        "e\u{0323}\u{0302} ke\u{0301}p", "a\u{0308}\u{0301}b", "ﬁnance ﬀ ½ ² ①", "Ｔｏｋｙｏ ｶﾀｶﾅ", "ᏣᎳᎩ ꭰꮳ",
        "🇻🇳 Việt Nam 🎉", "ﾟ゛x", "-..-/\u{0}\u{7}\u{202E}evil", "Ⅻ Ⅳ ⅳ", "ǰ ẖ ẘ", "", "   ",
    ]

    /// The slug as made before the cache: Foundation's folding of the whole title.
    func wholeStringSlug(_ text: String, maxBytes: Int = 80) -> String {
        let folded = text.utf8.contains(where: { $0 >= 0x80 }) ? SafeName.foldByFoundation(text) : text.lowercased()
        return SafeName.slug(ofFolded: folded, maxBytes: maxBytes, fallback: "item")
    }

    @Test(arguments: awkward) func awkwardTitlesFoldAsAWhole(_ title: String) {
        #expect(SafeName.slug(title, maxBytes: 80, fallback: "item") == wholeStringSlug(title))
        #expect(SafeName.slug(title, maxBytes: 7, fallback: "item") == wholeStringSlug(title, maxBytes: 7))
    }

    @Test(.enabled(if: corpusAvailable, "needs ../shared/corpus beside the repository"))
    func everyCorpusLineFoldsAsAWhole() throws {
        var checked = 0
        for language in ["vi", "en"] {
            let folder = Self.corpus.appendingPathComponent(language)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().prefix(300) {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                for line in text.split(separator: "\n").prefix(4) {
                    let title = String(line)
                    #expect(SafeName.slug(title, maxBytes: 80, fallback: "item") == wholeStringSlug(title), "\(title)")
                    checked += 1
                }
            }
        }
        #expect(checked > 1000)
    }

    @Test(arguments: awkward + ["say \"hi\"", "back\\slash", "line\nbreak", "nel\u{85}x", "\u{2028}\u{2029}", "\u{FEFF}bom",
                                 "c1\u{9F}", "del\u{7F}", "dash — “quotes” … ﻿"])
    func quotingWithoutEscapesIsQuotingScalarByScalar(_ text: String) {
        #expect(FrontMatterText.quoted(text) == FrontMatterText.quotedScalarByScalar(text))
    }
}
