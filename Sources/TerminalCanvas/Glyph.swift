/// One terminal grapheme of laid-out text, remembering which character of the source text it came from,
/// so that spans given as scalar offsets (quotes, entities) can be found again on screen.
public struct Glyph: Hashable, Sendable {
    public var grapheme: TerminalGrapheme
    /// Offset, in Unicode scalars of the (NFC) source text, of the character this glyph was drawn from.
    public var sourceOffset: Int

    public init(_ grapheme: TerminalGrapheme, sourceOffset: Int) {
        self.grapheme = grapheme
        self.sourceOffset = sourceOffset
    }

    public var width: Int { grapheme.width }
    public var isSpace: Bool { grapheme.text == " " }
}
