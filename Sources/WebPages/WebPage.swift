import Foundation

/// A web page as fetched or saved: its bytes, the HTTP `Content-Type` it came with (nil for a file),
/// and the address it came from (for relative links and as the fallback canonical URL).
public struct WebPage: Sendable {
    public var bytes: [UInt8]
    public var contentType: String?
    public var url: URL?

    public init(bytes: [UInt8], contentType: String? = nil, url: URL? = nil) {
        self.bytes = bytes
        self.contentType = contentType
        self.url = url
    }

    /// The media type of the `Content-Type` header, lowercased, without parameters.
    var mediaType: String? {
        guard let contentType else { return nil }
        let type = contentType.split(separator: ";").first.map(String.init) ?? ""
        let trimmed = type.trimmingCharacters(in: .whitespaces).lowercased()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Whether the page claims to be, or looks like, HTML: its media type when it has one, otherwise
    /// an HTML tag near the top and no NUL byte (which only binary files have).
    func looksLikeHTML(_ text: String) -> Bool {
        if let mediaType {
            return mediaType == "text/html" || mediaType == "application/xhtml+xml"
        }
        let head = text.prefix(8192).lowercased()
        if head.contains("\u{0}") { return false }
        return Self.htmlMarkers.contains { head.contains($0) }
    }

    static let htmlMarkers = [
        "<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<p>", "<p ", "<div", "<article", "<br",
    ]
}

/// Why no article came out of a page.
public enum ExtractionFailure: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case tooLarge(bytes: Int)
    case notHTML(mediaType: String?)
    case noArticle

    public var description: String {
        switch self {
        case .empty: "the page is empty"
        case .tooLarge(let bytes):
            "the page is too large (\(bytes / 1_048_576) MiB; the limit is \(ArticleExtractor.maximumSize / 1_048_576) MiB)"
        case .notHTML(let type?): "not an HTML page (\(type))"
        case .notHTML(nil): "not an HTML page"
        case .noArticle: "no article found on the page"
        }
    }
}

/// The article of a page: its metadata and its text, paragraphs separated by blank lines, with
/// `>` block quotes, `-` and `1.` list items and `##` subheadings kept.
public struct ExtractedArticle: Sendable, Equatable {
    public var title: String
    public var byline: String?
    /// The publication date as the page gives it (usually ISO 8601).
    public var date: String?
    /// The canonical URL, or the page's own address.
    public var url: String?
    public var language: String?
    /// The site's name, as the page gives it.
    public var siteName: String?
    public var text: String

    public init(title: String, byline: String? = nil, date: String? = nil, url: String? = nil,
                language: String? = nil, siteName: String? = nil, text: String) {
        self.title = title
        self.byline = byline
        self.date = date
        self.url = url
        self.language = language
        self.siteName = siteName
        self.text = text
    }
}
