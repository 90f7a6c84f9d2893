import TextKit

/// `ca sĩ Mỹ X`, `diễn viên Việt X`: Vietnamese given names often start with a syllable that is also a
/// place's name. After a profession the pair is the person, not the place and a second name.
extension EntityRecognizer {
    /// Whether the one-word place at `i`, right after a profession, opens a two-syllable Vietnamese name:
    /// one more capitalised word that is no place, body, title or family name, spelt as a Vietnamese
    /// syllable (so `tiền đạo Pháp Mbappe` keeps the country), and then the name ends.
    func isStageName(_ block: BlockText, at i: Int) -> Bool {
        let tokens = block.tokens
        let next = i + 1
        guard vietnamese, next < tokens.count, tokens[next].kind == .word, tokens[next].isCapitalized,
              !tokens[next].isAllCaps, next + 1 >= tokens.count || !tokens[next + 1].isNameLike,
              gazetteer.match(tokens, at: next, [.place, .organization, .orgHead, .title, .honorific]) == nil,
              !gazetteer.categories(tokens, at: next).contains(.familyName) else { return false }
        return Self.isVietnameseSyllable(block.scalars[tokens[next].start..<tokens[next].end])
    }

    /// Onsets of Vietnamese syllables, longest first so that `ngh` is tried before `ng` and `n`.
    static let syllableOnsets: [[Unicode.Scalar]] = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th",
                                                     "tr", "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r",
                                                     "s", "t", "v", "x", ""].map { Array($0.unicodeScalars) }
    /// Codas of Vietnamese syllables (after folding).
    static let syllableCodas: [[Unicode.Scalar]] = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"].map { Array($0.unicodeScalars) }
    static let syllableVowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y"]
    /// The one onset a syllable may follow without a vowel of its own (`gì`).
    static let voicelessOnset = Array("gi".unicodeScalars)

    /// An onset, one to three vowels and a coda, after folding diacritics (`Tâm` yes, `Kane` no).
    /// Folded into a buffer on the stack: every capitalised word of a Vietnamese run is checked, most of
    /// them several times (`isGluedSyllables` tries each cut).
    static func isVietnameseSyllable(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard word.count <= 8 else { return false }
        return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: 32) { buffer in
            guard let count = DiacriticFolding.fold(word, into: buffer) else { return false }
            let letters = UnsafeBufferPointer(rebasing: buffer[..<count])
            for onset in syllableOnsets where letters.starts(with: onset) {
                var k = onset.count
                let vowelsStart = k
                while k < letters.count, syllableVowels.contains(letters[k]) { k += 1 }
                let vowels = k - vowelsStart
                guard vowels >= 1 || onset == voicelessOnset, vowels <= 3 else { continue }
                let coda = letters[k...]
                if syllableCodas.contains(where: { $0.elementsEqual(coda) }) { return true }
            }
            return false
        }
    }
}
