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
