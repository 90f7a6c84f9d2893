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
}
