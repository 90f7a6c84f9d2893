import Foundation
import Testing
@testable import WebPages

/// One rule of the extractor per test, each on a small page written for it.
@Suite struct ArticleExtractorTests {
    let extractor = ArticleExtractor()

    /// Story paragraphs long enough to score, with commas, as news has.
    static let story = [
        "The council voted on Tuesday, after a long debate, to close the old bridge for repairs next spring.",
        "Engineers said the steel, which dates from 1931, had corroded faster than expected in recent winters.",
        "Residents, many of whom cross the bridge daily, will use a temporary ferry while the work goes on.",
        "The repairs are expected to cost about four million dollars, paid mostly by the regional government.",
        "Work will begin in March and, if the weather allows, the bridge should reopen before the autumn.",
    ]

    static func paragraphs(_ texts: [String] = story) -> String {
        texts.map { "<p>\($0)</p>" }.joined()
    }

    func text(_ html: String) throws -> String {
        try extractor.extract(html: html).text
    }

    @Test func theStoryIsChosenOverNavigationAndSidebar() throws {
        let html = """
        <html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News, sport, weather</a></li></ul></nav>
        <div class="layout"><div id="story" class="article-body">\(Self.paragraphs())</div>
        <div class="rail"><h3>Most read</h3><ul><li><a href="/1">A story that many people read today, and more</a></li>
        <li><a href="/2">Another story that many people read today, and more</a></li></ul></div></div></body></html>
        """
        #expect(try text(html) == Self.story.joined(separator: "\n\n"))
    }

    @Test func paragraphsSplitAcrossSiblingContainersAreMerged() throws {
        let first = Self.paragraphs(Array(Self.story.prefix(3)))
        let second = Self.paragraphs(Array(Self.story.suffix(2)))
        let html = """
        <body><div class="main"><div class="text-block">\(first)</div><div class="ad-slot"><a href="/ad">Buy now</a></div>
        <div class="text-block">\(second)</div></div></body>
        """
        #expect(try text(html) == Self.story.joined(separator: "\n\n"))
    }

    @Test func shareBarsRelatedListsCommentsAndCookieNoticesAreDropped() throws {
        let html = """
        <body><article>\(Self.paragraphs())
        <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
        <div class="related-stories"><h3>Related</h3><ul><li><a href="/r">A related story, with a long headline here</a></li></ul></div>
        <section id="comments"><p>I think this is a terrible idea, and the council should resign, honestly.</p></section>
        </article><div class="cookie-banner"><p>We use cookies to improve your experience, by continuing you accept.</p></div></body>
        """
        #expect(try text(html) == Self.story.joined(separator: "\n\n"))
    }

    @Test func captionsBylinesDatelinesAndAdLabelsAreDropped() throws {
        let html = """
        <body><article><div class="byline">By Jane Doe</div><span class="date">March 3, 2024</span>
        <p>\(Self.story[0])</p><figure><img src="a.jpg"><figcaption>The old bridge, seen from the river.</figcaption></figure>
        <div class="image-credit">Photo: Reuters</div><div class="ad-label">Advertisement</div>
        \(Self.paragraphs(Array(Self.story.dropFirst())))</article></body>
        """
        let article = try extractor.extract(html: html)
        #expect(article.text == Self.story.joined(separator: "\n\n"))
        #expect(article.byline == "By Jane Doe")
    }

    @Test func blockQuotesListsAndSubheadingsAreKept() throws {
        let html = """
        <body><article>\(Self.paragraphs(Array(Self.story.prefix(3))))<h2>What happens next</h2>
        <blockquote><p>“We have no choice, the bridge is not safe,” the mayor said.</p></blockquote>
        <p>The plan, according to the council, has three stages:</p><ol><li>closing the bridge,</li><li>replacing the deck.</li></ol>
        \(Self.paragraphs(Array(Self.story.suffix(2))))</article></body>
        """
        let text = try text(html)
        #expect(text.contains("## What happens next\n\n> “We have no choice, the bridge is not safe,” the mayor said."))
        #expect(text.contains("1. closing the bridge,\n\n2. replacing the deck."))
    }

    @Test func aHeadingThatRepeatsTheTitleIsDropped() throws {
        let html = """
        <html><head><title>Old bridge to close for repairs | The Daily</title></head>
        <body><article><h1>Old bridge to close for repairs</h1>\(Self.paragraphs())</article></body></html>
        """
        let article = try extractor.extract(html: html)
        #expect(article.title == "Old bridge to close for repairs")
        #expect(!article.text.contains("Old bridge to close"))
    }

    @Test func linkLinesInsideTheStoryAreDropped() throws {
        let html = """
        <body><article>\(Self.paragraphs(Array(Self.story.prefix(2))))
        <p><strong>READ MORE: <a href="/x">Council approves new budget for roads and schools</a></strong></p>
        \(Self.paragraphs(Array(Self.story.suffix(3))))</article></body>
        """
        #expect(try text(html) == Self.story.joined(separator: "\n\n"))
    }

    @Test func teaserHeadingsAndReadingPromptsAreDropped() throws {
        let html = """
        <body><article>\(Self.paragraphs(Array(Self.story.prefix(2))))<p>Continue Reading Below</p>
        \(Self.paragraphs(Array(Self.story.suffix(3))))<h4><a href="/other">Another story about another bridge</a></h4>
        <div>Advert</div></article></body>
        """
        #expect(try text(html) == Self.story.joined(separator: "\n\n"))
    }

    @Test func hiddenContentIsDropped() throws {
        let html = """
        <body><article>\(Self.paragraphs())<p style="display: none">A hidden paragraph, with commas, that nobody sees.</p>
        <p hidden>Another hidden paragraph that is long enough to count as one.</p></article></body>
        """
        #expect(try text(html) == Self.story.joined(separator: "\n\n"))
    }

    /// A story inside a container whose class looks like boilerplate is found by the relaxed retry.
    @Test func aStoryInAnUnlikelyContainerIsFoundByTheRelaxedRetry() throws {
        let html = "<body><div class=\"sidebar-wrapper\">\(Self.paragraphs())</div></body>"
        #expect(try text(html) == Self.story.joined(separator: "\n\n"))
    }

    @Test func textBrokenOnlyByLineBreaksIsScored() throws {
        let html = "<body><div class=\"menu\"><a href=\"/\">Home</a></div><div>\(Self.story.joined(separator: "<br><br>"))</div></body>"
        #expect(try text(html).contains(Self.story[2]))
    }

    @Test func theJSONLDBodyStandsInWhenThePageHasNoParagraphs() throws {
        let html = """
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge","articleBody":"\(Self.story.joined(separator: " "))"}</script>
        </head><body><div id="app"></div></body></html>
        """
        #expect(try text(html) == Self.story.joined(separator: " "))
    }

    /// Hostile nesting and tag soup still give the story that stands before them.
    @Test func deepNestingAndTagSoupDoNotStopTheExtractor() throws {
        let html = "<body><article>\(Self.paragraphs())</article>" + String(repeating: "<div><span>", count: 20_000) + "deep"
        #expect(try text(html).hasPrefix(Self.story[0]))
    }

    @Test func failuresNameTheProblem() {
        #expect(throws: ExtractionFailure.empty) { try extractor.extract(WebPage(bytes: Array("  \n".utf8))) }
        #expect(throws: ExtractionFailure.notHTML(mediaType: "application/pdf")) {
            try extractor.extract(WebPage(bytes: Array("%PDF-1.4".utf8), contentType: "application/pdf"))
        }
        #expect(throws: ExtractionFailure.notHTML(mediaType: nil)) {
            try extractor.extract(WebPage(bytes: Array("just some words, no markup".utf8)))
        }
        let huge = [UInt8](repeating: 0x20, count: ArticleExtractor.maximumSize + 1)
        #expect(throws: ExtractionFailure.tooLarge(bytes: huge.count)) { try extractor.extract(WebPage(bytes: huge)) }
        #expect(throws: ExtractionFailure.noArticle) {
            try extractor.extract(WebPage(bytes: Array("<html><body><nav><a href='/'>Home</a></nav></body></html>".utf8)))
        }
    }
}
