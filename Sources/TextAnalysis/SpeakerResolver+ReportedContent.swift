import ArticleModel

/// People named in what a pronoun reports. `And Tony Blair would be in the front line, he said.`, `Mr Blair
/// has failed, he claimed,`, `Nobody, he said, could picture X`: a sentence that a personal pronoun reports
/// between commas or at its end is someone's words, and the people it names are what was said, not who
/// said it. As in `He said Tony Blair would be ...`, the pronoun cannot stand for them, so none of them
/// becomes the person a later pronoun or description stands for either.
extension SpeakerResolver {
    /// How far from the mention the sentence's bounds are looked for (a paragraph may be one long run-on).
    static let reportedSentenceReach = 60

    /// Whether mention `m` stands in a sentence a personal pronoun reports (`, he said,`, `, ông nói.`).
    static func isReportedByPronoun(_ m: Mention, _ text: BlockText, _ gazetteer: Gazetteer) -> Bool {
        let tokens = text.tokens
        func isBound(_ token: Token) -> Bool {
            token.kind == .punct && (SpeakerAttributor.endsReportedSentence(token.first) || token.first == "\u{2026}"
                || QuoteMarks.isQuoteMark(token.first))
        }
        var start = m.first
        while start > 0, m.first - start < reportedSentenceReach, !tokens[start].sentenceStart,
              !isBound(tokens[start - 1]) {
            start -= 1
        }
        var end = m.end
        while end < tokens.count, end - m.end < reportedSentenceReach, !isBound(tokens[end]) { end += 1 }
        for comma in start..<end where tokens[comma].kind == .punct && tokens[comma].first == "," && comma + 2 < end {
            guard tokens[comma + 1].kind == .word, !tokens[comma + 1].isCapitalized,
                  let pronoun = gazetteer.match(tokens, at: comma + 1, [.pronoun]),
                  case let verb = comma + 1 + pronoun.length,
                  PersonGender.gender(ofPronoun: (comma + 1)..<verb, in: text) != nil else { continue }
            guard verb < end, tokens[verb].kind == .word, !tokens[verb].isCapitalized,
                  let length = gazetteer.match(tokens, at: verb, [.speechVerb])?.length else { continue }
            // (The verb ends the sentence or another comma follows it: `, he said.`, `, he said, could`; not
            // `, he said that ...`, where the pronoun opens the reported words rather than interrupting them.)
            let after = verb + length
            if after == end { return true }
            guard tokens[after].kind == .punct, tokens[after].first == "," else { continue }
            // (A name after the reporter's comma is reported when the sentence goes on there, `, he said, could
            // picture X`; not after a conjunction that opens a clause of its own, `, he said, and X agreed`.)
            if m.first < comma || after + 1 < end && gazetteer.match(tokens, at: after + 1, [.conjunction]) == nil {
                return true
            }
        }
        return false
    }
}
