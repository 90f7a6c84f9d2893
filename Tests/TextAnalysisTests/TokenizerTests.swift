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

    /// Capitals: a word of two capitals or more and no other letter is an acronym; all capitals but a
    /// final `s` is a plural acronym, which names nothing (no capital); digits are no letters.
    @Test(arguments: [("NATO", true, true), ("UBND", true, true), ("TVs", false, false), ("PCs", false, false),
                      ("A", true, false), ("Hà", true, false), ("iPhone", false, false), ("AB1", true, true),
                      ("U23", true, false), ("ABCd", true, false), ("ĐBSCL", true, true), ("ＡＢＣ", true, true)])
    func capitalsAndAcronyms(_ word: String, _ capitalized: Bool, _ allCaps: Bool) {
        let tokens = Tokenizer.tokenize(Array(word.unicodeScalars))
        #expect(tokens.count == 1)
        #expect(tokens.first?.isCapitalized == capitalized)
        #expect(tokens.first?.isAllCaps == allCaps)
    }

    /// Letters past the precomputed table (fullwidth, CJK) are read in the same word as those before them,
    /// and fold case into the same key as the word written in lowercase.
    @Test func lettersPastTheTableStayInTheWord() {
        let tokens = Tokenizer.tokenize(Array("Café東京 ＡＢＣ".unicodeScalars))
        #expect(tokens.map { $0.end - $0.start } == [6, 3])
        #expect(tokens[0].key == Tokenizer.key(of: "café東京".unicodeScalars[...]))
        #expect(tokens[1].key == Tokenizer.key(of: "ａｂｃ".unicodeScalars[...]))
    }

    /// The table's flags: one for what most of a word is (no capital), one for a numeric value; the entry
    /// that stands for every scalar past the table has none, so loops reading it stop and ask.
    @Test func characterFlags() {
        let flags = { (s: Unicode.Scalar) in CharTable.shared.flags(s) }
        #expect(flags("a").contains(.plain) && flags("5").contains(.plain) && flags("\u{0301}").contains(.plain))
        #expect(!flags("A").contains(.plain) && !flags(" ").contains(.plain) && !flags(",").contains(.plain))
        #expect(flags("5").contains(.numeric) && flags("½").contains(.numeric) && flags("²").contains(.numeric))
        #expect(flags("三").contains(.numeric) && !flags("a").contains(.numeric) && !flags("ộ").contains(.numeric))
        #expect(flags(Unicode.Scalar(UInt32(CharTable.beyondTable))!).isEmpty)
    }

    /// A scalar is one of a literal's marks, ASCII or not, and no other.
    @Test func aScalarIsOneOfALiteralsMarks() {
        #expect(Unicode.Scalar(".").isOne(of: ".!?\u{2026}") && Unicode.Scalar("\u{2026}").isOne(of: ".!?\u{2026}"))
        #expect(Unicode.Scalar("—").isOne(of: ",-\u{2013}\u{2014}") && Unicode.Scalar("，").isOne(of: "：:，,"))
        #expect(!Unicode.Scalar(",").isOne(of: ".!?\u{2026}") && !Unicode.Scalar("\u{2025}").isOne(of: ".!?\u{2026}"))
        #expect(!Unicode.Scalar("a").isOne(of: ""))
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
