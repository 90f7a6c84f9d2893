@testable import TextAnalysis
import Testing

/// People's names grouped under their fullest form.
@Suite struct NameCanonicalizerTests {
    static func words(_ name: String) -> [UInt64] {
        name.split(separator: " ").map { Tokenizer.key(of: $0.unicodeScalars[...]) }
    }

    static func canonicalizer(_ forms: [(String, NameCanonicalizer.Gender)]) -> NameCanonicalizer {
        NameCanonicalizer(forms.map { (words($0.0), $0.0, $0.1) },
                          femaleWords: [Tokenizer.key(of: "Thị".unicodeScalars[...])])
    }

    /// A surname joins the longest name ending with it; a first name the longest starting with it; an
    /// unknown form stays as written.
    @Test func shortFormsJoinTheFullestName() {
        let names = Self.canonicalizer([("Sergei Lavrov", []), ("Lavrov", []), ("Sergei", []), ("Oana Lungescu", []),
                                         ("Lungescu", [])])
        #expect(names.canonical(Self.words("Lavrov"), text: "Lavrov") == "Sergei Lavrov")
        #expect(names.canonical(Self.words("Sergei"), text: "Sergei") == "Sergei Lavrov")
        #expect(names.canonical(Self.words("Lungescu"), text: "Lungescu") == "Oana Lungescu")
        #expect(names.canonical(Self.words("Stoltenberg"), text: "Stoltenberg") == "Stoltenberg")
    }

    /// `bà Hà` does not join `ông Trần Văn Hà`, but does join a woman's name (`Thị` marks one).
    @Test func aFormAddressedAsAWomanJoinsOnlyAWomansName() {
        let names = Self.canonicalizer([("Trần Văn Hà", .male), ("Nguyễn Thị Hà", []), ("Hà", .female), ("Hà", .male)])
        #expect(names.canonical(Self.words("Hà"), text: "Hà", gender: .female) == "Nguyễn Thị Hà")
        #expect(names.canonical(Self.words("Hà"), text: "Hà", gender: .male) == "Trần Văn Hà")
    }

    /// Between two names of the same length, the more frequent wins, then the one named first.
    @Test func tiesGoToTheMoreFrequentThenTheFirst() {
        let names = Self.canonicalizer([("Anna Smith", []), ("John Smith", []), ("John Smith", []), ("Smith", [])])
        #expect(names.canonical(Self.words("Smith"), text: "Smith") == "John Smith")
        let first = Self.canonicalizer([("Anna Smith", []), ("John Smith", []), ("Smith", [])])
        #expect(first.canonical(Self.words("Smith"), text: "Smith") == "Anna Smith")
    }

    /// A first name and a later word of one longer name (`George Bush`, `Amelia Vega`) are that name; not
    /// when two longer names fit, nor after a Vietnamese family name, which opens too many names.
    @Test func aFirstNameAndALaterWordJoinTheOneLongerNameHoldingBoth() {
        let joined = Analyze.paragraphs(
            "Amelia Patricia Vega Polanco won the title in 2003.",
            "\"I am very happy with the life I have now,\" Amelia Vega said.")
        #expect(joined.quotes.map(\.speaker) == ["Amelia Patricia Vega Polanco"])
        let two = Analyze.paragraphs(
            "Amelia Patricia Vega Polanco and Amelia Rosa Vega Diaz met in 2003.",
            "\"I am very happy with the life I have now,\" Amelia Vega said.")
        #expect(two.quotes.map(\.speaker) == ["Amelia Vega"])
        let vietnamese = Analyze.paragraphs(
            "Bà Nguyễn Thị Trường Giang phát biểu tại hội nghị.",
            "\"Chúng tôi sẽ tiếp tục theo dõi tình hình trong thời gian tới\", Nguyễn Trường cho biết.")
        #expect(vietnamese.quotes.map(\.speaker) == ["Nguyễn Trường"])
    }
}
