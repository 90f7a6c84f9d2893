import ArticleModel
import TextKit

extension Analyzer {
    /// The entities named in an article's title line, read only when the title is Vietnamese: those are
    /// sentence case and name things as the body does, while English headlines drop the words that tell
    /// a club from a city or a firm from a person. The title is read with the body after it, so that
    /// its names are told as the body tells them (and a Title Case title names only what the body or
    /// the gazetteer names, `rereadTitleCase`). A title the body starts with, as one made from the first
    /// sentence and cut for display (`… Hà Tĩ…`), names nothing the body does not: none then. The title
    /// is not part of the body that spans address, so the caller decides what the spans mean.
    public func titleEntities(_ title: String, body: [Block] = []) -> [Entity] {
        guard VietnameseLetters.occur(in: title) else { return [] }
        let stem = title.hasSuffix("…") ? String(title.dropLast()) : title
        if !stem.isEmpty, body.prefix(3).contains(where: { $0.text.hasPrefix(stem) }) { return [] }
        return analyze([Block(.heading, title)] + body).entities.filter { $0.span.block == 0 }
    }

    /// Mentions found in a block written in Title Case (`BlockText.isTitleCase`), whose capitals say
    /// nothing: replaced by the names other blocks of the article found (the same words, or the last
    /// words of a person's name) and the places and bodies the gazetteer knows, longest first; its
    /// dates and acronyms (whose capitals do tell) stay, and so do a line-up's or team sheet's names
    /// (a list of names is all capitals by nature).
    static func rereadTitleCase(_ mentions: inout [Mention], _ texts: [BlockText], _ titleCase: [Bool],
                                _ gazetteer: Gazetteer) {
        guard titleCase.contains(true) else { return }
        var named = KeyTable<Entity.Kind>()
        var longest = 0
        for m in mentions where !titleCase[m.block] && m.kind != nil && m.kind != .date {
            let tokens = texts[m.block].tokens
            // The whole name, and a person's also by its last words (`Trump` of `Donald Trump`).
            for start in m.first..<(m.kind == .person ? m.end : m.first + 1) {
                let key = tokens[start..<m.end].reduce(TokenKey.seed) { TokenKey.combine($0, $1.key) }
                if start == m.first || named[key] == nil { named[key] = m.kind }
                longest = max(longest, m.end - start)
            }
        }
        var result: [Mention] = []
        result.reserveCapacity(mentions.count)
        for m in mentions where !titleCase[m.block] || m.kind == .date || m.clues.contains(.lineUp)
            || texts[m.block].tokens[m.first..<m.end].allSatisfy({ $0.isAllCaps || $0.kind != .word }) {
            result.append(m)
        }
        let lineUps = Set(mentions.lazy.filter { $0.clues.contains(.lineUp) }.map(\.block))
        for block in texts.indices where titleCase[block] && !lineUps.contains(block) {
            // (Not again an acronym kept above: `The Verge/PA`.)
            let kept = Set(result.lazy.filter { $0.block == block }.map(\.first))
            result.append(contentsOf: namesKnown(in: texts[block], named, longest: longest, gazetteer)
                .filter { !kept.contains($0.first) })
        }
        // Back in reading order, as every later step expects.
        result.sort { ($0.block, $0.first) < ($1.block, $1.first) }
        mentions = result
    }

    /// The names of `named` (phrase keys of other blocks' names) and the gazetteer's places and bodies in
    /// one block, longest first at each word, left to right.
    private static func namesKnown(in text: BlockText, _ named: KeyTable<Entity.Kind>, longest: Int,
                                   _ gazetteer: Gazetteer) -> [Mention] {
        let tokens = text.tokens
        var found: [Mention] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].isNameLike else { i += 1; continue }
            var best: (end: Int, kind: Entity.Kind)?
            if let known = gazetteer.match(tokens, at: i, [.place, .organization]) {
                best = (i + known.length, known.category.contains(.place) ? .place : .organization)
            }
            var key = TokenKey.seed
            var end = i
            while end < min(tokens.count, i + longest), tokens[end].kind == .word {
                key = TokenKey.combine(key, tokens[end].key)
                end += 1
                if let kind = named[key], end > (best?.end ?? i) { best = (end, kind) }
            }
            guard let best else { i += 1; continue }
            found.append(Mention(block: text.index, first: i, end: best.end, kind: best.kind))
            i = best.end
        }
        return found
    }
}

extension BlockText {
    /// Whether the block is a headline in Title Case: four words or more not in capitals, every word capitalised,
    /// among them a function word that sentence case writes in lowercase (`Của`, `Và`, `Of`, `The`);
    /// words in parentheses do not count.
    /// Its capitals then tell no name from a common word. (A line of names alone, a byline, has no
    /// function word.)
    func isTitleCase(_ gazetteer: Gazetteer) -> Bool {
        // (`Ảnh: Nguyễn Minh Đức`: a photo's credit is a name, whose capitals are the name's.)
        if EntityRecognizer.isCreditLabel(tokens, at: 0) { return false }
        var words = 0
        var functionWord = false
        var depth = 0
        for (index, token) in tokens.enumerated() {
            if token.kind == .punct, token.first == "(" { depth += 1 }
            if token.kind == .punct, token.first == ")" { depth = max(0, depth - 1) }
            // (A credit in parentheses is no part of the line: `Quang Huy (Theo Reuters)`.)
            guard token.kind == .word, depth == 0 else { continue }
            guard token.isCapitalized || token.isAllCaps else { return false }
            if token.isAllCaps { continue }  // (acronyms are capitals in any case: `Theo Reuters, NYT, CNA`)
            words += 1
            if !functionWord, !token.isAllCaps,
               !gazetteer.categories(tokens, at: index).isDisjoint(with: [.stopword, .functionWord, .conjunction,
                                                                           .connector]) {
                functionWord = true
            }
        }
        return words >= 4 && functionWord
    }
}
