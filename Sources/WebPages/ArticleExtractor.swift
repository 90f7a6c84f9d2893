import Foundation
import HTMLText

/// Finds the article in a web page: decodes it in its charset, reads its metadata, and takes its body
/// by content scoring in the manner of Mozilla's Readability. When the result is short, it tries again
/// with fewer rules (keeping unlikely-looking parts, then ignoring class words, then cleaning nothing)
/// and keeps the longest result.
public struct ArticleExtractor: Sendable {
    /// Pages above this many bytes are refused rather than parsed.
    public static let maximumSize = 16 * 1_048_576
    /// A result shorter than this many characters sends the extractor to its next, more relaxed try.
    static let enoughText = 500
    /// How many times longer a relaxed try's text must be to replace a stricter one's.
    static let relaxedGain = 1.5

    public init() {}

    public func extract(_ page: WebPage) throws(ExtractionFailure) -> ExtractedArticle {
        guard page.bytes.count <= Self.maximumSize else { throw .tooLarge(bytes: page.bytes.count) }
        let html = PageCharset.decode(page.bytes, contentType: page.contentType)
        guard html.contains(where: { !$0.isWhitespace }) else { throw .empty }
        guard page.looksLikeHTML(html) else { throw .notHTML(mediaType: page.mediaType) }
        return try extract(html: html, url: page.url)
    }

    /// Extracts the article of already-decoded HTML.
    public func extract(html: String, url: URL? = nil) throws(ExtractionFailure) -> ExtractedArticle {
        let document = HTMLParser.parse(html)
        let metadata = PageMetadata(document: document, pageURL: url)
        var best: Attempt?
        for (index, rules) in Rules.relaxations.enumerated() {
            let attempt = Attempt(document: index == 0 ? document : HTMLParser.parse(html), rules: rules,
                                  title: metadata.title)
            // A relaxed try wins only by finding much more: otherwise it adds back what the stricter
            // rules rightly dropped (captions, asides) to a short story.
            if Double(attempt.length) > Double(best?.length ?? -1) * Self.relaxedGain { best = attempt }
            if attempt.length >= Self.enoughText { break }
        }
        var text = best?.text ?? ""
        if let body = metadata.linkedData?.articleBody, Self.prefersLinkedBody(body, over: text) {
            text = WhiteSpace.collapse(body)
        }
        guard text.contains(where: { $0.isLetter || $0.isNumber }) else { throw .noArticle }
        return ExtractedArticle(title: metadata.title, byline: metadata.byline ?? best?.byline, date: metadata.date,
                                url: metadata.canonicalURL, language: metadata.language, siteName: metadata.siteName,
                                text: text)
    }

    /// The JSON-LD `articleBody` stands in only when scoring found almost nothing.
    static func prefersLinkedBody(_ body: String, over text: String) -> Bool {
        text.count < enoughText / 2 && body.count > text.count * 2
    }

    /// Which of the extractor's rules are on in one try.
    struct Rules {
        var stripUnlikely: Bool
        var weightClasses: Bool
        var cleanConditionally: Bool

        static let relaxations = [
            Rules(stripUnlikely: true, weightClasses: true, cleanConditionally: true),
            Rules(stripUnlikely: false, weightClasses: true, cleanConditionally: true),
            Rules(stripUnlikely: false, weightClasses: false, cleanConditionally: true),
            Rules(stripUnlikely: false, weightClasses: false, cleanConditionally: false),
        ]
    }

    /// One try at the article under one set of rules.
    struct Attempt {
        var text: String
        var length: Int
        var byline: String?

        init(document: HTMLNode, rules: Rules, title: String) {
            let body = document.descendants(named: "body").first ?? document
            var pruner = PagePruner(stripUnlikely: rules.stripUnlikely)
            pruner.prune(body)
            byline = pruner.byline
            let scorer = ContentScorer(root: body, tallies: TreeTallies(body), weightClasses: rules.weightClasses)
            // No paragraph of 25 characters anywhere: no article, rather than the page's scraps.
            guard let top = scorer.topCandidate() else {
                text = ""
                length = 0
                return
            }
            let article = HTMLNode(kind: .element, name: "div")
            for part in scorer.articleParts(around: top) { article.append(part) }
            let cleaner = ArticleCleaner(cleanConditionally: rules.cleanConditionally,
                                         weightClasses: rules.weightClasses, foldedTitle: TitleText.fold(title))
            length = cleaner.clean(article).text
            text = HTMLTextRenderer(linkFootnotes: false).render(article)
        }
    }
}
