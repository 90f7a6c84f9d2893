/// Quotations in Chinese and Japanese, which write no spaces: a run of CJK characters is one token, so the
/// speech verb is the end (Chinese) or the `と…` tail (Japanese) of the token next to the quotation mark.
///
/// Rules:
/// - `「…」と話した`, `「…」と述べた`: a token right after the closing mark that opens with `と` and holds a
///   speech verb attributes the quotation to the token before the opening mark, up to its topic or subject
///   particle (`首相は「…」と話した` → 首相).
/// - `“…”王毅说`, `“…”，外交部发言人表示`: a token after the closing mark that ends with a speech verb names
///   the speaker in its words before the verb.
/// - `李克强表示：“…”`: the same token before the opening mark (past a colon or comma).
/// The speaker is kept as written and named: the entity recogniser does not read CJK names.
extension SpeakerAttributor {
    /// Chinese speech verbs that end the clause before or after a quotation.
    static let chineseSpeechVerbs: [[Unicode.Scalar]] = ["说", "說", "表示", "指出", "强调", "強調", "称", "稱",
                                                        "透露", "介绍", "介紹", "回应", "回應", "宣布", "认为", "認為"]
        .map { Array($0.unicodeScalars) }
    /// Japanese speech verb stems after `と` (`と話した`, `と述べた`, `と語った`).
    static let japaneseSpeechStems: [[Unicode.Scalar]] = ["話", "述べ", "語", "言", "説明", "強調", "発表", "明らか",
                                                         "コメント", "答え", "指摘", "訴え"]
        .map { Array($0.unicodeScalars) }
    /// Particles that end a Japanese subject (`首相は`, `首相が`, `首相も`).
    static let subjectParticles: Set<Unicode.Scalar> = ["は", "が", "も"]

    /// Han ideographs and kana: scripts written without spaces between words.
    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: return true
        default: return false
        }
    }

    func cjkAttribution(_ quote: QuotedSpan) -> SpeakerRef? {
        let tokens = block.tokens
        let scalars = block.scalars
        if let close = quote.closeToken {
            var a = close + 1
            while a < tokens.count, tokens[a].kind == .punct, tokens[a].first.isOne(of: "，,、") { a += 1 }
            if a < tokens.count, tokens[a].kind == .word, Self.isCJK(tokens[a].first) {
                let word = Array(scalars[tokens[a].start..<tokens[a].end])
                if word.first == "と", Self.japaneseSpeechStems.contains(where: { Self.contains(word, $0) }),
                   let before = cjkWordBefore(quote.openToken) {
                    return japaneseSubject(before)
                }
                if let verb = Self.chineseSpeechVerbs.first(where: { word.count > $0.count && word.ends(with: $0) }) {
                    return written(tokens[a].start, tokens[a].end - verb.count)
                }
            }
        }
        if let before = cjkWordBefore(quote.openToken) {
            let word = Array(scalars[tokens[before].start..<tokens[before].end])
            if let verb = Self.chineseSpeechVerbs.first(where: { word.count > $0.count && word.ends(with: $0) }) {
                return written(tokens[before].start, tokens[before].end - verb.count)
            }
        }
        return nil
    }

    /// The CJK word token right before the opening mark, past one colon or comma.
    private func cjkWordBefore(_ open: Int) -> Int? {
        var j = open - 1
        if j >= 0, block.tokens[j].kind == .punct, block.tokens[j].first.isOne(of: "：:，,") { j -= 1 }
        guard j >= 0, block.tokens[j].kind == .word, Self.isCJK(block.tokens[j].first) else { return nil }
        return j
    }

    /// `首相は記者会見で`: the words before the first subject particle, else the whole token.
    private func japaneseSubject(_ j: Int) -> SpeakerRef? {
        let t = block.tokens[j]
        var end = t.end
        for k in (t.start + 1)..<t.end where Self.subjectParticles.contains(block.scalars[k]) {
            end = k
            break
        }
        return written(t.start, end)
    }

    private func written(_ start: Int, _ end: Int) -> SpeakerRef? {
        start < end ? .written(block: block.index, scalars: start..<end) : nil
    }

    private static func contains(_ word: [Unicode.Scalar], _ part: [Unicode.Scalar]) -> Bool {
        guard word.count >= part.count else { return false }
        return (0...(word.count - part.count)).contains { word[$0..<($0 + part.count)].elementsEqual(part) }
    }
}

private extension Array where Element == Unicode.Scalar {
    func ends(with suffix: [Unicode.Scalar]) -> Bool {
        count >= suffix.count && self.suffix(suffix.count).elementsEqual(suffix)
    }
}
