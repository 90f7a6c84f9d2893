/// Splits a block's scalars into tokens in one linear pass.
enum Tokenizer {
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }
    static func isHyphen(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2010}" || s == "\u{2011}" }

    /// Marks after which the next word starts a sentence.
    static func endsSentence(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ".", "!", "?", "\u{2026}", ":", ";", "(", "\n": return true
        default: return false
        }
    }

    static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        let table = CharTable.shared
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4)
        let count = scalars.count
        var i = 0
        var atSentenceStart = true
        @inline(__always) func isAlnum(_ index: Int) -> Bool {
            guard index < count else { return false }
            let f = table.flags(scalars[index])
            return f.contains(.letter) || f.contains(.digit)
        }
        while i < count {
            let s = scalars[i]
            let f = table.flags(s)
            if f.contains(.space) {
                if s == "\n" { atSentenceStart = true }
                i += 1
                continue
            }
            if f.contains(.letter) || f.contains(.digit) {
                let start = i
                var key = TokenKey.seed
                var letters = 0
                var uppers = 0
                var startsUpper = false
                var lowerPart = false  // `PC-owning`, `I'm`: a capital that does not start a name
                let isNumber = f.contains(.digit)
                var j = i
                while j < count {
                    let c = scalars[j]
                    let cf = table.flags(c)
                    if cf.contains(.letter) || cf.contains(.digit) || cf.contains(.mark) {
                        if cf.contains(.letter) {
                            letters += 1
                            if cf.contains(.upper) {
                                uppers += 1
                                if j == start { startsUpper = true }
                            }
                        }
                        key = TokenKey.mix(key, table.lowercase(c))
                        j += 1
                        continue
                    }
                    // Joiners stay inside a word only between letters or digits.
                    if j + 1 < count, isAlnum(j + 1), j > start, isAlnum(j - 1) {
                        if isApostrophe(c) {
                            // A possessive 's ends the word: "David's" is "David" + "'s".
                            let next = scalars[j + 1]
                            if (next == "s" || next == "S"), !isAlnum(j + 2) { break }
                            key = TokenKey.mix(key, 0x27)
                            if table.flags(next).contains(.letter), !table.flags(next).contains(.upper) { lowerPart = true }
                            j += 1
                            continue
                        }
                        if isHyphen(c) {
                            let next = table.flags(scalars[j + 1])
                            if next.contains(.letter), !next.contains(.upper) { lowerPart = true }
                            key = TokenKey.mix(key, 0x2D)
                            j += 1
                            continue
                        }
                        if c == "/" || c == "." || c == ",",
                           table.flags(scalars[j - 1]).contains(.digit),
                           table.flags(scalars[j + 1]).contains(.digit) {
                            key = TokenKey.mix(key, c.value)
                            j += 1
                            continue
                        }
                    }
                    break
                }
                // `TVs`, `PCs`: a plural acronym names nothing.
                let pluralAcronym = letters >= 3 && uppers == letters - 1 && scalars[j - 1] == "s"
                tokens.append(Token(
                    start: start, end: j, kind: isNumber ? .number : .word,
                    isCapitalized: startsUpper && !lowerPart && !pluralAcronym,
                    isAllCaps: letters >= 2 && uppers == letters,
                    sentenceStart: atSentenceStart, key: key, first: s))
                atSentenceStart = false
                i = j
                continue
            }
            if f.contains(.mark) { i += 1; continue }  // a stray combining mark: nothing to say
            if isApostrophe(s), i + 1 < count, scalars[i + 1] == "s" || scalars[i + 1] == "S",
               i > 0, isAlnum(i - 1), !isAlnum(i + 2) {
                tokens.append(Token(start: i, end: i + 2, kind: .possessive, isCapitalized: false,
                                    isAllCaps: false, sentenceStart: false, key: 0, first: s))
                i += 2
                continue
            }
            tokens.append(Token(start: i, end: i + 1, kind: .punct, isCapitalized: false, isAllCaps: false,
                                sentenceStart: false, key: TokenKey.mix(TokenKey.seed, s.value), first: s))
            if QuoteMarks.isQuoteMark(s) {
                // Only an opening mark (one glued to the next word) starts a sentence.
                if i + 1 < count, isAlnum(i + 1) { atSentenceStart = true }
            } else if endsSentence(s) {
                atSentenceStart = true
            } else if s == "-" || s == "\u{2013}" || s == "\u{2014}" || s == "\u{2022}" {
                // A dash right at a line start is a bullet; elsewhere it changes nothing.
                if tokens.count == 1 { atSentenceStart = true }
                // A wire dateline's dash (`TOKYO (Reuters) - Shares`, `(TTXVN) - Sáng`) starts the story.
                if tokens.count >= 2, tokens.count <= 16, tokens[tokens.count - 2].kind == .punct,
                   tokens[tokens.count - 2].first == ")" {
                    atSentenceStart = true
                }
            }
            i += 1
        }
        return tokens
    }

    /// The key of a word as written, for gazetteer phrases.
    static func key(of word: Substring.UnicodeScalarView) -> UInt64 {
        var key = TokenKey.seed
        for s in word { key = TokenKey.mix(key, CharTable.shared.lowercase(s)) }
        return key
    }
}
