/// A grapheme cluster in the form lede sends to the terminal, with the width both agree on.
///
/// glibc and tmux disagree on emoji sequences (a ZWJ family is 6 columns to glibc, 2 to tmux) and
/// ncurses keeps at most 5 wide characters per cell, so clusters are reduced before drawing:
/// ZWJ and skin-tone sequences keep their first emoji, variation selectors are dropped, flags split
/// into their two letters, combining marks are capped, and a mark with no base gets a space to sit on.
public struct TerminalGrapheme: Hashable, Sendable {
    public var text: String
    public var width: Int

    /// Most combining marks kept on one base: ncurses' CCHARW_MAX is 5 wide characters per cell.
    public static let maxMarks = 4

    public init(text: String, width: Int) {
        self.text = text
        self.width = width
    }

    /// The grapheme of a one-scalar character with a width, without building an array; nil otherwise.
    @inline(__always)
    public static func single(_ character: Character) -> TerminalGrapheme? {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return nil }
        let width = DisplayWidth.of(scalar: first)
        return width > 0 ? TerminalGrapheme(text: String(character), width: width) : nil
    }

    public static func split(_ character: Character) -> [TerminalGrapheme] {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return [] }
        if scalars.count == 1 {
            let width = DisplayWidth.of(scalar: first)
            if width > 0 { return [TerminalGrapheme(text: String(character), width: width)] }
            return isMark(first) ? [TerminalGrapheme(text: " " + String(first), width: 1)] : []
        }
        let isEmojiSequence = scalars.contains { $0.value == 0x200D || (0x1F3FB...0x1F3FF).contains($0.value) }
        // The emoji is the first scalar that takes room: a cluster can begin with a prepended format
        // character (U+0600) or a stray joiner, which must never get a cell of its own.
        if isEmojiSequence || first.properties.isEmojiPresentation,
           let base = scalars.first(where: { $0.properties.isEmojiPresentation })
               ?? scalars.first(where: { DisplayWidth.of(scalar: $0) > 0 }), !isRegionalIndicator(base) {
            return [TerminalGrapheme(text: String(base), width: DisplayWidth.of(scalar: base))]
        }
        // Every scalar with a width starts a cell of its own (flags become two letters, spacing marks
        // their own cell, as wcwidth counts them); marks sit on the cell before them; other invisible
        // scalars (variation selectors, joiners) are dropped.
        var result: [TerminalGrapheme] = []
        var marks = 0
        for scalar in scalars {
            let width = DisplayWidth.of(scalar: scalar)
            if width > 0 {
                result.append(TerminalGrapheme(text: String(scalar), width: width))
                marks = 0
            } else if isMark(scalar), !isVariationSelector(scalar), marks < maxMarks {
                if result.isEmpty { result.append(TerminalGrapheme(text: " ", width: 1)) }
                result[result.count - 1].text.unicodeScalars.append(scalar)
                marks += 1
            }
        }
        return result
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// U+FE00 to U+FE0F and U+E0100 to U+E01EF: marks by category, but they ask for a presentation
    /// (VS16: emoji, two columns in some terminals) that wcwidth does not count, so they are dropped.
    static func isVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        (0xFE00...0xFE0F).contains(scalar.value) || (0xE0100...0xE01EF).contains(scalar.value)
    }

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }
}
