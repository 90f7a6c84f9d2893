/// One block's scalars and tokens, made once and shared by every step of the analysis.
struct BlockText: Sendable {
    let index: Int
    let scalars: [Unicode.Scalar]
    let tokens: [Token]

    init(index: Int, text: String) {
        self.index = index
        // One pass (Array(_:) over the view would count the scalars first, then copy them).
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(scalar) }
        self.scalars = scalars
        tokens = Tokenizer.tokenize(scalars)
    }

    func text(_ tokenRange: Range<Int>) -> String {
        guard !tokenRange.isEmpty else { return "" }
        return text(scalarsFrom: tokens[tokenRange.lowerBound].start, to: tokens[tokenRange.upperBound - 1].end)
    }

    /// The text of scalars `start..<end`, encoded straight into a new string's UTF-8 storage.
    func text(scalarsFrom start: Int, to end: Int) -> String {
        guard start < end else { return "" }
        return String(unsafeUninitializedCapacity: (end - start) * 4) { buffer in
            var count = 0
            for index in start..<end {
                UTF8.encode(scalars[index]) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// Whether most of the text is Vietnamese: letters only Vietnamese uses are frequent.
    static func looksVietnamese(_ blocks: [BlockText]) -> Bool {
        var vietnamese = 0
        var words = 0
        for block in blocks {
            for token in block.tokens where token.kind == .word {
                words += 1
                for index in token.start..<token.end where isVietnameseLetter(block.scalars[index]) {
                    vietnamese += 1
                    break
                }
            }
            if words > 2000 { break }
        }
        return words > 0 && vietnamese * 5 >= words
    }

    static func hasVietnameseLetter(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        for index in range where isVietnameseLetter(scalars[index]) || (0xC0...0xFF).contains(scalars[index].value) {
            return true
        }
        return false
    }

    static func isVietnameseLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0102, 0x0103, 0x0110, 0x0111, 0x01A0, 0x01A1, 0x01AF, 0x01B0, 0x1EA0...0x1EF9: return true
        default: return false
        }
    }
}
