/// One block of an article's body. Spans (quotes, entities) address a block by its index in
/// `Article.blocks` and a range of Unicode scalars inside its text.
public struct Block: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        case lede, heading, paragraph
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}
