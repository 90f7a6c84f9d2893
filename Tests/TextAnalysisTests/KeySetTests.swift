@testable import TextAnalysis
import Testing

/// The set of token keys the analysis rules test words against.
@Suite struct KeySetTests {
    /// Keys inserted are found, others are not, through many growths of the table; key 0 (the empty
    /// slot's mark) is a key like any other.
    @Test func holdsEveryKeyThroughGrowth() {
        var set = KeySet()
        let keys = (0..<5_000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        for key in keys { set.insert(key) }
        #expect(keys.allSatisfy(set.contains))
        #expect(set.contains(0))  // keys[0] is 0
        #expect(!set.contains(12_345))
        #expect(!(5_000..<6_000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }.contains(where: set.contains))
    }

    /// Words go in by the tokenizer's keys, which fold case.
    @Test func wordsByTheirTokenKeys() {
        let set = KeySet(words: ["tại", "from"])
        #expect(set.contains(Tokenizer.key(of: "Tại".unicodeScalars[...])))
        #expect(set.contains(Tokenizer.key(of: "from".unicodeScalars[...])))
        #expect(!set.contains(Tokenizer.key(of: "to".unicodeScalars[...])))
    }

    /// A small set answers exactly as a `Set` of its keys for every other key asked (its two filter bits
    /// only ever skip the probe for keys it does not hold).
    @Test func aSmallSetAnswersAsASetDoes() {
        let keys = (1...12).map { UInt64($0) &* 0xD6E8_FEB8_6659_FD93 }
        let set = KeySet(keys)
        let reference = Set(keys)
        var generator = SystemRandomNumberGenerator()
        let asked = keys + (0..<20_000).map { _ in UInt64.random(in: .min ... .max, using: &generator) }
        #expect(asked.filter(set.contains) == asked.filter(reference.contains))
    }

    /// New sets share their empty table until their first insert: one set's keys never show in another.
    @Test func newSetsShareNothingOnceWritten() {
        var first = KeySet(), second = KeySet()
        let firstKeys = (1...40).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        let secondKeys = (41...80).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        for key in firstKeys { first.insert(key) }
        #expect(!secondKeys.contains(where: second.contains) && !firstKeys.contains(where: second.contains))
        for key in secondKeys { second.insert(key) }
        #expect(firstKeys.allSatisfy(first.contains) && !secondKeys.contains(where: first.contains))
        #expect(secondKeys.allSatisfy(second.contains) && !firstKeys.contains(where: second.contains))
        #expect(!KeySet().contains(firstKeys[0]))
    }
}
