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

    /// A block's tokens, and how many of its words hold a letter only Vietnamese uses (counted here, in the
    /// one pass that reads every scalar, so telling the language costs no second pass).
    struct Tokens {
        var tokens: [Token]
        var words: Int
        var vietnameseWords: Int
    }

    /// The tokens alone (gazetteer phrases, tests): the counts are made in the same pass and dropped.
    static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        tokenizeCounting(scalars).tokens
    }

    static func tokenizeCounting(_ scalars: [Unicode.Scalar]) -> Tokens {
        scalars.withUnsafeBufferPointer { buffer in
            CharTable.shared.withUnsafeEntries { table in tokenize(buffer, table) }
        }
    }

    /// The pass itself, on buffers: the loop reads each scalar and its table entry without bounds checks.
    private static func tokenize(_ scalars: UnsafeBufferPointer<Unicode.Scalar>,
                                 _ table: UnsafeBufferPointer<UInt32>) -> Tokens {
        var tokens: [Token] = []
        var words = 0
        var vietnameseWords = 0
        // News words average under five scalars with their space: a third rarely grows.
        tokens.reserveCapacity(scalars.count / 3 + 8)
        let count = scalars.count
        var i = 0
        var atSentenceStart = true
        @inline(__always) func entry(_ s: Unicode.Scalar) -> UInt32 {
            s.value < CharTable.tableSize ? table[Int(s.value)] : CharTable.entry(computing: s)
        }
        @inline(__always) func flags(_ s: Unicode.Scalar) -> CharTable.Flags { CharTable.flags(ofEntry: entry(s)) }
        @inline(__always) func isAlnum(_ index: Int) -> Bool {
            guard index < count else { return false }
            return flags(scalars[index]).isLetterOrDigit
        }
        while i < count {
            let s = scalars[i]
            let f = flags(s)
            if f.contains(.space) {
                if s == "\n" { atSentenceStart = true }
                i &+= 1
                continue
            }
            if f.isLetterOrDigit {
                let start = i
                var key = TokenKey.seed
                var uppers = 0
                var lowerPart = false  // `PC-owning`, `I'm`: a capital that does not start a name
                var creditFollows = false  // (then the credit starts a sentence of its own)
                var seen = CharTable.Flags(rawValue: 0)  // (not `[]`: an array literal the optimiser kept)
                let isNumber = f.contains(.digit)
                var j = i
                while j < count {
                    j = plainRun(scalars, table, from: j, key: &key, seen: &seen)
                    guard j < count else { break }
                    let c = scalars[j]
                    let e = entry(c)
                    let cf = CharTable.flags(ofEntry: e)
                    if cf.isLetterOrDigit || cf.contains(.mark) {
                        // A capital right after a lowercase letter, in a word with a letter only Vietnamese
                        // uses, starts a word the missing space glued on (`tạiViệt Nam`, `huyệnCần Giờ`);
                        // English camel case (`iPhone`, `McKinsey`) holds no such letter.
                        // (`Minh PhươngTheo AFP`: a byline glued to its credit, which starts a sentence.)
                        if cf.contains(.upper), j > start, flags(scalars[j - 1]).contains(.letter),
                           !flags(scalars[j - 1]).contains(.upper) {
                            creditFollows = c == "T" && gluedCredit(scalars, at: j)
                            if creditFollows || seen.contains(.vietnamese) || vietnameseLetterAhead(scalars, from: j) { break }
                        }
                        seen.formUnion(cf)
                        if cf.contains(.letter), cf.contains(.upper) { uppers &+= 1 }
                        key = TokenKey.mix(key, CharTable.lowercase(ofEntry: e))
                        j &+= 1
                        continue
                    }
                    // Joiners stay inside a word only between letters or digits. (Most words end at a space.)
                    if !cf.contains(.space), j + 1 < count, isAlnum(j + 1), j > start, isAlnum(j - 1) {
                        if isApostrophe(c) {
                            // A possessive 's ends the word: "David's" is "David" + "'s".
                            let next = scalars[j + 1]
                            if (next == "s" || next == "S"), !isAlnum(j + 2) { break }
                            key = TokenKey.mix(key, 0x27)
                            if flags(next).contains(.letter), !flags(next).contains(.upper) { lowerPart = true }
                            j += 1
                            continue
                        }
                        if isHyphen(c) {
                            let next = flags(scalars[j + 1])
                            if next.contains(.letter), !next.contains(.upper) { lowerPart = true }
                            key = TokenKey.mix(key, 0x2D)
                            j += 1
                            continue
                        }
                        if c == "/" || c == "." || c == ",",
                           flags(scalars[j - 1]).contains(.digit),
                           flags(scalars[j + 1]).contains(.digit) {
                            key = TokenKey.mix(key, c.value)
                            j += 1
                            continue
                        }
                    }
                    break
                }
                let startsUpper = f.contains(.letter) && f.contains(.upper)
                // All capitals, or all but a final `s` (`TVs`: a plural acronym names nothing); counted only then.
                let lowers = uppers >= 2 ? lowercaseLetters(scalars, start..<j) : 2
                let pluralAcronym = lowers == 1 && scalars[j - 1] == "s"
                if !isNumber {
                    words += 1
                    if seen.contains(.vietnamese) { vietnameseWords += 1 }
                }
                tokens.append(Token(
                    start: start, end: j, kind: isNumber ? .number : .word,
                    isCapitalized: startsUpper && !lowerPart && !pluralAcronym,
                    isAllCaps: lowers == 0,
                    sentenceStart: atSentenceStart, key: key, first: s))
                atSentenceStart = creditFollows
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
            let before = tokens.count >= 2 ? tokens[tokens.count - 2] : nil
            if opensSentence(s, beforeWord: isAlnum(i + 1), count: tokens.count, before: before) {
                atSentenceStart = true
            }
            i += 1
        }
        return Tokens(tokens: tokens, words: words, vietnameseWords: vietnameseWords)
    }

    /// The end of the run of plain scalars (`CharTable.Flags.plain`: lowercase letters, digits, marks) from
    /// `j`, folded into the word's key and flags. Most of every word is such a run: a loop of its own keeps
    /// its state in registers, where the general loop, which also handles capitals and joiners, spilled it
    /// on every scalar. It reads the table with no bounds test (`beyondTable`) and one flag per scalar.
    @inline(__always)
    private static func plainRun(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ table: UnsafeBufferPointer<UInt32>,
                                 from j: Int, key: inout UInt64, seen: inout CharTable.Flags) -> Int {
        let plain = UInt32(CharTable.Flags.plain.rawValue) << 24
        var k = j
        var runKey = key
        var runEntries: UInt32 = 0  // (the entries' flags, or-ed: their high byte)
        while k < scalars.count {
            let e = table[min(Int(scalars[k].value), CharTable.beyondTable)]
            guard e & plain != 0 else { break }
            runEntries |= e
            runKey = TokenKey.mix(runKey, CharTable.lowercase(ofEntry: e))
            k &+= 1
        }
        key = runKey
        seen.formUnion(CharTable.flags(ofEntry: runEntries))
        return k
    }

    /// How many letters of `range` are not capitals.
    private static func lowercaseLetters(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Int {
        var count = 0
        for index in range {
            let flags = CharTable.shared.flags(scalars[index])
            if flags.contains(.letter), !flags.contains(.upper) { count += 1 }
        }
        return count
    }

    /// Whether the punctuation mark `s`, the last of `count` tokens so far, `before` the one before it,
    /// starts a sentence after it. (Given the count and one token, not the array: small enough to inline.)
    private static func opensSentence(_ s: Unicode.Scalar, beforeWord: Bool, count: Int, before: Token?) -> Bool {
        // Only an opening quotation mark (one glued to the next word) starts a sentence.
        if QuoteMarks.isQuoteMark(s) { return beforeWord }
        if endsSentence(s) { return true }
        guard s == "-" || s == "\u{2013}" || s == "\u{2014}" || s == "\u{2022}" else { return false }
        // A dash right at a line start is a bullet; elsewhere it changes nothing, but for a wire
        // dateline's dash (`TOKYO (Reuters) - Shares`, `(TTXVN) - Sáng`), which starts the story.
        return count == 1 || count <= 16 && before?.kind == .punct && before?.first == ")"
    }

    /// Whether the word going on at `j` holds a letter only Vietnamese uses (`vuaVũ`). Asked only at a
    /// capital glued to a lowercase letter: rare enough to read ahead.
    private static func vietnameseLetterAhead(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from j: Int) -> Bool {
        var k = j
        while k < scalars.count {
            let flags = CharTable.shared.flags(scalars[k])
            guard flags.contains(.letter) || flags.contains(.mark) else { return false }
            if flags.contains(.vietnamese) { return true }
            k += 1
        }
        return false
    }

    /// Words that open a Vietnamese byline's credit (`Theo AFP`, `Tổng hợp`), split off when glued to the name.
    static let creditWordTexts = ["Theo", "Tổng"]
    static let creditWords: [[Unicode.Scalar]] = creditWordTexts.map { Array($0.unicodeScalars) }
    /// Their keys, for telling the split-off word again (`EntityRecognizer.isGluedCredit`).
    static let creditKeys = KeySet(words: creditWordTexts)

    /// `PhươngTheo`, `ThủyTổng hợp`: a whole credit word glued to the lowercase end of a name, at `j`.
    /// (Asked only at a glued capital: rare enough for the scalar properties.)
    private static func gluedCredit(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at j: Int) -> Bool {
        creditWords.contains { word in
            let end = j + word.count
            guard end <= scalars.count, word.indices.allSatisfy({ scalars[j + $0] == word[$0] }) else { return false }
            return end == scalars.count || !(scalars[end].properties.isAlphabetic || scalars[end].properties.numericType != nil)
        }
    }

    /// The key of a word as written (its scalars), for gazetteer phrases and for letters that are no token.
    static func key(of word: some Sequence<Unicode.Scalar>) -> UInt64 {
        var key = TokenKey.seed
        for s in word { key = TokenKey.mix(key, CharTable.shared.lowercase(s)) }
        return key
    }
}
