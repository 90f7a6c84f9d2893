@testable import TextAnalysis
import Testing

/// The gazetteer's prefix filter never forgets a key it was given, so a phrase it rules out is truly
/// no entry's beginning; keys never given are mostly ruled out.
@Suite struct KeyFilterTests {
    @Test func insertedKeysAreAlwaysMaybeAndOthersMostlyNot() {
        var filter = KeyFilter(bits: 1 << 12)
        let phrases = ["Hà Nội", "Bộ Y tế", "Ngân hàng Nhà nước", "prime minister", "Bắc Đại Tây Dương"]
        let inserted = phrases.map { Tokenizer.key(of: $0.unicodeScalars[...]) }
        for key in inserted { filter.insert(key) }
        #expect(inserted.allSatisfy(filter.mayContain))
        let others = (0..<1000).map { Tokenizer.key(of: "từ\($0)".unicodeScalars[...]) }
        #expect(others.filter(filter.mayContain).count < 20, "5 bits of 4,096 set")
    }

    @Test func theGazetteerStillFindsItsLongestEntries() {
        let tokens = Tokenizer.tokenize(Array("Người dân Thành phố Hồ Chí Minh họp".unicodeScalars))
        #expect(Gazetteer.shared.match(tokens, at: 2, .place)?.length == 5, "Thành phố Hồ Chí Minh")
        #expect(Gazetteer.shared.match(tokens, at: 7, [.place, .organization]) == nil, "họp starts nothing")
    }
}
