@testable import TextAnalysis
import Testing

/// The tokenizer's pass also tells how Vietnamese the words are, and keeps tokens small.
@Suite struct TokenizerTests {
    /// Words (not numbers) are counted, and those with a letter only Vietnamese writes (`ộ`, `ệ`; not `à`,
    /// `ó`, `â`, which French and Portuguese share).
    @Test func countsWordsAndVietnameseWords() {
        let tokenized = Tokenizer.tokenizeCounting(Array("Hà Nội có 3 triệu dân, Đà Lạt thì không.".unicodeScalars))
        #expect(tokenized.tokens.filter { $0.kind == .word }.count == 9)
        #expect(tokenized.words == 9)
        #expect(tokenized.vietnameseWords == 4)  // Nội, triệu, Đà, Lạt
        #expect(Tokenizer.tokenizeCounting(Array("Tokyo 2020 Olympics".unicodeScalars)).vietnameseWords == 0)
    }

    /// A block is Vietnamese when a fifth of its words or more are, counted over the first 2,000 words.
    @Test func looksVietnameseByTheShareOfVietnameseWords() {
        let block = { (text: String) in BlockText(index: 0, text: text) }
        #expect(BlockText.looksVietnamese([block("Người dân Hà Nội đón năm mới")]))
        #expect(!BlockText.looksVietnamese([block("The mayor of Hà Nội met reporters in the city hall today")]))
        #expect(!BlockText.looksVietnamese([block("123 456")]))
    }

    /// A capital glued to a lowercase letter starts a new word where the word holds a letter only
    /// Vietnamese uses, before the capital or after it (a space lost on the site's page); English camel
    /// case stays one word.
    @Test(arguments: [("tạiHà Nội", ["tại", "Hà", "Nội"]), ("huyệnCần Giờ", ["huyện", "Cần", "Giờ"]),
                      ("vuaĐinh", ["vua", "Đinh"]), ("iPhone McKinsey YouTube", ["iPhone", "McKinsey", "YouTube"]),
                      ("TheoCorp", ["TheoCorp"]), ("UBND", ["UBND"])])
    func aCapitalGluedInVietnameseTextStartsAWord(_ text: String, _ words: [String]) {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars)
        #expect(tokens.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == words)
        #expect(!tokens.contains { $0.sentenceStart && $0.start > 0 })  // (mid-sentence: no new sentence)
    }

    /// Analysis streams over token arrays many times: a token stays 24 bytes (the first scalar before the
    /// 64-bit key, so no padding).
    @Test func aTokenIsTwentyFourBytes() {
        #expect(MemoryLayout<Token>.stride == 24)
    }

    /// A Vietnamese syllable: an onset, one to three vowels and a coda, whatever its marks.
    @Test(arguments: [("Tâm", true), ("Nghiêm", true), ("gì", true), ("Kane", false), ("Smith", false),
                      ("Thànhphố", false), ("", false)])
    func vietnameseSyllables(word: String, expected: Bool) {
        #expect(EntityRecognizer.isVietnameseSyllable(Array(word.unicodeScalars)[...]) == expected)
    }
}
