import Foundation

/// One feed a library follows, as an OPML outline.
public struct Subscription: Sendable, Equatable {
    /// The feed's address (`xmlUrl`).
    public var url: String
    /// The name the reader gave it, or the feed's own title (`text`/`title`).
    public var title: String?
    /// The folders it sits in, outermost first (nested outlines).
    public var folder: [String]
    /// Every other attribute of its outline (`htmlUrl`, per-feed settings such as `fullText`), kept
    /// as found so that a hand edit or another program's setting survives a rewrite.
    public var attributes: [String: String]

    public init(url: String, title: String? = nil, folder: [String] = [], attributes: [String: String] = [:]) {
        self.url = url
        self.title = title
        self.folder = folder
        self.attributes = attributes
    }

    /// The name to show: the title, else the address.
    public var displayName: String { title ?? url }

    /// Whether the reader meant this subscription by `reference`: its URL, or its title regardless of case.
    public func matches(_ reference: String) -> Bool {
        url == reference || title?.caseInsensitiveCompare(reference) == .orderedSame
    }
}
