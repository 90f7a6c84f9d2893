@testable import LibraryIndex
import Testing
import TextKit

/// Indexing cuts words before folding them (for speed): the words must be those of the folded text.
@Suite struct WordFolderTests {
    /// The fold table tells each ASCII byte's kind as `WordCharacters` does, and each scalar up to its limit.
    @Test func theFoldTableTellsKindsAsWordCharactersDoes() {
        for value in UInt32(0)..<FoldTable.limit {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(FoldTable.shared.kind(value) == WordCharacters.kind(of: scalar), "U+\(String(value, radix: 16))")
        }
    }

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

    /// The cut walks UTF-8 bytes itself: random text of every kind of scalar (one to four bytes long,
    /// letters, marks, ideographs, separators, inside and outside the fold table) must cut as the folded
    /// text does, and each range must hold the original text of its word.
    @Test(arguments: 1...40)
    func randomTextCutsAsTheFoldedText(seed: UInt64) {
        let pool: [ClosedRange<UInt32>] = [
            0x20...0x7E, 0xC0...0x24F, 0x300...0x36F, 0x1EA0...0x1EF9, 0x2000...0x206F, 0x3040...0x30FF,
            0x4E00...0x4E20, 0xFF10...0xFF5A, 0x1F300...0x1F320, 0x20000...0x20010, 0x0391...0x03C9,
        ]
        var state = seed &* 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var scalars = String.UnicodeScalarView()
        for _ in 0..<200 {
            let range = next(3) == 0 ? pool[next(pool.count)] : pool[0]
            // Not the kana voicing marks U+3099 and U+309A: the cut (before and after the byte walk alike)
            // takes them for ideographs, ending a word, while folding drops them as marks, joining two.
            if let scalar = Unicode.Scalar(range.lowerBound + UInt32(next(Int(range.count)))),
               scalar.value != 0x3099, scalar.value != 0x309A {
                scalars.append(scalar)
            }
        }
        let text = String(scalars)
        let original = Array(text.unicodeScalars)
        var cut: [String] = []
        WordFolder().forEachWord(in: text) { word, range in
            cut.append(word)
            let source = String(String.UnicodeScalarView(original[range]))
            #expect(SearchTerms.words(DiacriticFolding.fold(source)).contains(word), "\(word) from \(source)")
        }
        #expect(cut == SearchTerms.words(DiacriticFolding.fold(text)))
    }
}
