/// A quotation (or a short quoted term) found in an article.
public struct Quote: Codable, Sendable, Hashable {
    /// The quoted words, without the quote marks.
    public var text: String
    /// The canonical name of who said it; for an unnamed speaker ("a spokesman") the phrase as written;
    /// nil when nobody could be found.
    public var speaker: String?
    /// False when `speaker` is a description rather than a name.
    public var named: Bool
    /// Where the quoted words are (inside the marks).
    public var span: TextSpan
    /// Where the attribution names the speaker, when it does.
    public var speakerSpan: TextSpan?

    public init(text: String, speaker: String?, named: Bool, span: TextSpan, speakerSpan: TextSpan? = nil) {
        self.text = text
        self.speaker = speaker
        self.named = named
        self.span = span
        self.speakerSpan = speakerSpan
    }
}
