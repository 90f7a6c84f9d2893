/// A quoted stretch of one block, before it is classified and attributed.
struct QuotedSpan: Sendable {
    /// Token index of the opening mark.
    var openToken: Int
    /// Token index of the closing mark; nil when the quotation runs on (no closing mark).
    var closeToken: Int?
    /// The quoted words, trimmed, in scalars.
    var start: Int
    var end: Int
    /// Tokens of the quoted words: `firstToken..<endToken`.
    var firstToken: Int
    var endToken: Int
}

/// Pairs quotation marks in one block, in one pass with constant state.
///
/// Rules: a closing mark ends the open quotation; a straight `"` that is glued to the next word after a
/// sentence's end opens a new quotation (news style for a quotation that runs on), while one glued to
/// the next word mid-sentence opens a nested quotation; so does the open quotation's own opening mark
/// (`“... “nặng” ...”`), which after a sentence's end instead ends the open one there; at the block's end an open quotation ends. Single marks count only outside double
/// ones and only when they close in the same block, so apostrophes never swallow text.
enum QuoteFinder {
    static func find(_ scalars: [Unicode.Scalar], _ tokens: [Token]) -> [QuotedSpan] {
        let table = CharTable.shared
        var result: [QuotedSpan] = []
        var open: (mark: Unicode.Scalar, token: Int)?
        var nested = 0
        var single: (mark: Unicode.Scalar, token: Int)?

        func isSpace(_ index: Int) -> Bool {
            index < 0 || index >= scalars.count || table.flags(scalars[index]).contains(.space)
        }
        func isWordChar(_ index: Int) -> Bool {
            guard index >= 0, index < scalars.count else { return false }
            let f = table.flags(scalars[index])
            return f.contains(.letter) || f.contains(.digit)
        }
        /// The last non-space scalar before `index`.
        func previousVisible(_ index: Int) -> Unicode.Scalar? {
            var i = index - 1
            while i >= 0, table.flags(scalars[i]).contains(.space) { i -= 1 }
            return i >= 0 ? scalars[i] : nil
        }
        func emit(_ openToken: Int, _ closeToken: Int?, endScalar: Int, endTokenIndex: Int) {
            var start = tokens[openToken].end
            var end = endScalar
            while start < end, table.flags(scalars[start]).contains(.space) { start += 1 }
            while end > start, table.flags(scalars[end - 1]).contains(.space) { end -= 1 }
            guard start < end, openToken + 1 < endTokenIndex else { return }
            result.append(QuotedSpan(openToken: openToken, closeToken: closeToken, start: start, end: end,
                                     firstToken: openToken + 1, endToken: endTokenIndex))
        }

        for k in tokens.indices where tokens[k].kind == .punct && QuoteMarks.isQuoteMark(tokens[k].first) {
            let mark = tokens[k].first
            let pos = tokens[k].start
            // Glued to a following word (not to a comma or stop): the mark opens rather than closes.
            let gluedAfter = !isSpace(pos + 1) && !scalars[pos + 1].isOne(of: ",;:)!?")
            let spaceBefore = isSpace(pos - 1) || (pos > 0 && scalars[pos - 1].isOne(of: "([{-\u{2013}\u{2014}"))
            if QuoteMarks.isSingle(mark) {
                guard open == nil else { continue }  // nested single marks belong to the quotation
                if let current = single, QuoteMarks.closes(mark, current.mark), !isSpace(pos - 1),
                   !isWordChar(pos + 1) {
                    emit(current.token, k, endScalar: pos, endTokenIndex: k)
                    single = nil
                } else if single == nil, QuoteMarks.canOpen(mark), spaceBefore, isWordChar(pos + 1) {
                    single = (mark, k)
                }
                continue
            }
            guard let current = open else {
                if QuoteMarks.canOpen(mark) || (mark == "\u{201D}" && gluedAfter && spaceBefore) {
                    // (`sinh ra em ."Chúng tôi`, `nói:"Tôi`: with none open, a mark glued to the next word after a
                    // sentence's end or a colon opens one all the same.)
                    let afterStop = pos > 0 && scalars[pos - 1].isOne(of: ".!?\u{2026}:")
                    if mark == "\"" && (!gluedAfter || !(spaceBefore || afterStop)) { continue }  // a stray closing mark
                    open = (mark, k)
                    single = nil
                    nested = 0
                }
                continue
            }
            let opensHere = spaceBefore && gluedAfter
            // (Asked only of a mark that could open a nested quotation: most marks are not.)
            func afterSentence() -> Bool {
                previousVisible(pos).map { $0.isOne(of: ".!?\u{2026}:,;") } ?? true
            }
            if QuoteMarks.closes(mark, current.mark) {
                if mark == "\"" && opensHere {
                    if nested == 0 && afterSentence() {
                        emit(current.token, nil, endScalar: pos, endTokenIndex: k)
                        open = (mark, k)
                    } else {
                        nested += 1
                    }
                    continue
                }
                if nested > 0 { nested -= 1; continue }
                emit(current.token, k, endScalar: pos, endTokenIndex: k)
                open = nil
            } else if mark == current.mark && QuoteMarks.canOpen(mark) {
                // (`“... mà nhận định “nặng” là chưa đủ”`: mid-sentence, the same mark opens a nested quotation.)
                if opensHere && !afterSentence() {
                    nested += 1
                    continue
                }
                // The same opening mark again after a sentence: the open quotation ran on and a new one starts.
                emit(current.token, nil, endScalar: pos, endTokenIndex: k)
                open = (mark, k)
                nested = 0
            }
        }
        if let current = open {
            emit(current.token, nil, endScalar: scalars.count, endTokenIndex: tokens.count)
        }
        result.sort { $0.start < $1.start }
        return result
    }
}
