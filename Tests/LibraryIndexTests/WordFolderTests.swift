@testable import LibraryIndex
import TextAnalysis
import Testing

/// Indexing cuts words before folding them (for speed): the words must be those of the folded text.
@Suite struct WordFolderTests {
    @Test(arguments: [
        "Đại sứ quán Nga tại Bỉ, ĐÀ NẴNG và TP.HCM",
        "Đại sứ quán Nga tại Bỉ".decomposedStringWithCanonicalMapping,
        "\u{0301}leading mark, then “quoted” words — and… COVID-19 u23 3/2024",
        "東京で会議 2024年 がぎぐ ｶﾞ 한국어 뉴스",
        "Ærøskøbing Straße İstanbul ǅemal ﬁne Ω Ω Å",
        "emoji 👨‍👩‍👧 mid🎉word tab\tand\u{00A0}nbsp",
        "",
    ])
    func wordsMatchTheWordsOfTheFoldedText(_ text: String) {
        var cut: [String] = []
        WordFolder().forEachWord(in: text) { cut.append($0) }
        #expect(cut == SearchTerms.words(DiacriticFolding.fold(text)))
    }

    /// The highlighter uses the ranges: each must cover the original text of the word it names.
    @Test func rangesPointAtTheOriginalWords() {
        let text = "Ông Lavrov tới Đà Nẵng, 東京 và TP.HCM"
        let scalars = Array(text.unicodeScalars)
        var found: [(String, String)] = []
        WordFolder().forEachWord(in: text) { word, range in
            found.append((word, String(String.UnicodeScalarView(scalars[range]))))
        }
        #expect(found.map(\.0) == ["ong", "lavrov", "toi", "da", "nang", "東", "京", "va", "tp", "hcm"])
        #expect(found.map(\.1) == ["Ông", "Lavrov", "tới", "Đà", "Nẵng", "東", "京", "và", "TP", "HCM"])
    }
}
