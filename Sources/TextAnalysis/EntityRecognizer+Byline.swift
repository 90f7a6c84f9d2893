import ArticleModel

/// A Vietnamese article's byline: its last paragraph (or the one above a credit line, `Theo Reuters`) a
/// short line of one or two writers' names.
extension EntityRecognizer {
    /// `Thế Anh`, `M. Hà`, `Toàn Vũ - Hà Hiền`: a Vietnamese article's last paragraph (or the one above a
    /// credit line of its own, `isCreditLine`) made only of one or two names of two to four capitalised
    /// syllables (an initial with its full stop counts as one), joined by a dash, a comma or `và`, names the
    /// writers: each name is a person, whatever its syllables mean elsewhere (`Anh` is no Britain there, `Nhật`
    /// no Japan). A name the gazetteer knows as a whole place or body (`Hà Nội`) is no byline; a credit glued
    /// to the last name (`Minh PhươngTheo AFP`) ends them.
    /// The mentions, or nil when the paragraph is no byline.
    func bylineNames(_ block: BlockText) -> [Mention]? {
        let tokens = block.tokens, n = tokens.count
        var names: [Mention] = []
        var j = 0
        while j < n {
            guard let end = bylineNameEnd(block, from: j) else { return nil }
            if gazetteer.match(tokens, at: j, [.place, .organization])?.length == end - j { return nil }
            names.append(Mention(block: block.index, first: j, end: end, kind: .person))
            guard names.count <= 2 else { return nil }
            j = end
            if j < n, tokens[j].kind == .punct, tokens[j].first == "." || tokens[j].first == "/", j + 1 == n { break }
            guard j < n else { break }
            // (`Minh PhươngTheo AFP`: a credit glued to the name ends the names; its sources are read as usual.)
            if isGluedCredit(tokens, j) { break }
            guard tokens[j].key == Self.va || tokens[j].kind == .punct
                    && (Self.dashes.contains(tokens[j].first) || tokens[j].first == ",") else { return nil }
            j += 1
        }
        return names.isEmpty ? nil : names
    }

    /// `Theo Reuters`, `Tổng hợp`, `Ảnh: Đỗ Thành Đạt`, `Nguồn: AFP`: a short paragraph (twelve tokens at most)
    /// that opens with a credit's word names the article's sources, not its writers.
    func isCreditLine(_ block: BlockText) -> Bool {
        guard let first = block.tokens.first, block.tokens.count <= 12, first.kind == .word else { return false }
        return Tokenizer.creditKeys.contains(first.key) || Self.creditWords.contains(first.key)  // (`Theo`, `Tổng`; `Ảnh`)
    }

    /// `Theo`, `Tổng` glued to the word before (`PhươngTheo`: the tokenizer split them).
    func isGluedCredit(_ tokens: [Token], _ j: Int) -> Bool {
        isGluedWord(tokens, j) && Tokenizer.creditKeys.contains(tokens[j].key)
    }

    /// A word the tokenizer split off the word before it, a space missing (`Thanh HuyềnĐầu tư`): where
    /// a name ends, since whether the text went on or a new sentence began is unknown.
    func isGluedWord(_ tokens: [Token], _ j: Int) -> Bool {
        j > 0 && tokens[j - 1].kind == .word && tokens[j].start == tokens[j - 1].end
    }

    static let theo = Tokenizer.key(of: "theo".unicodeScalars[...])

    /// The end of a writer's name from `start`: two to four capitalised Vietnamese syllables, the first
    /// of which may be an initial with its full stop (`T.Thủy`, `M. Hà`); nil when none is there.
    private func bylineNameEnd(_ block: BlockText, from start: Int) -> Int? {
        let tokens = block.tokens, n = tokens.count
        var j = start
        var words = 0
        while j < n, tokens[j].kind == .word, tokens[j].isCapitalized, !tokens[j].isAllCaps, !isGluedWord(tokens, j) {
            let letters = block.scalars[tokens[j].start..<tokens[j].end]
            if letters.count == 1, j == start, j + 2 < n, tokens[j + 1].kind == .punct, tokens[j + 1].first == "." {
                j += 2  // an initial
                words += 1
                continue
            }
            // (`Thế`, `An` are function words too; a credit's `Theo` is none of a name. `Trường Thịnh`: a
            // one-syllable head opening the line is a given name there, no body; so is one after a family
            // name, `Nguyễn Trường`.)
            guard Self.isVietnameseSyllable(letters),
                  gazetteer.categories(tokens, at: j).isDisjoint(with: [.title, .orgHead])
                    || j == start && isHeadGivenName(tokens, at: j)
                    || j > start && isHeadGivenNameAfterFamilyName(tokens, at: j, followedByName: false),
                  j > start || gazetteer.categories(tokens, at: j).isDisjoint(with: [.honorific, .pronoun])
                    && tokens[j].key != Self.theo && !Self.creditWords.contains(tokens[j].key) else {
                return nil
            }
            j += 1
            words += 1
        }
        return (2...4).contains(words) && tokens[j - 1].kind == .word ? j : nil
    }
}
