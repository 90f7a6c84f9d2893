import Foundation
import HTMLText
import Testing
@testable import WebPages

@Suite struct PageMetadataTests {
    func metadata(_ html: String, url: String? = "https://news.example/a/story.html") -> PageMetadata {
        PageMetadata(document: HTMLParser.parse(html), pageURL: url.flatMap(URL.init(string:)))
    }

    @Test func jsonLDComesFirst() {
        let html = """
        <html lang="en-GB"><head><title>Site title | Site</title><meta property="og:title" content="OG title">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
        {"@type":["NewsArticle"],"headline":"Bridge to close","datePublished":"2024-03-03T10:00:00Z",
        "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Lê Văn Tám"}],
        "articleBody":"The council voted.","publisher":{"@type":"Organization","name":"The Daily"}}]}</script></head><body></body></html>
        """
        let found = metadata(html)
        #expect(found.title == "Bridge to close")
        #expect(found.byline == "Jane Doe, Lê Văn Tám")
        #expect(found.date == "2024-03-03T10:00:00Z")
        #expect(found.linkedData?.articleBody == "The council voted.")
        #expect(found.language == "en-GB")
        #expect(found.siteName == "The Daily")
    }

    @Test func openGraphAndMetaTagsFillIn() {
        let html = """
        <html><head><title>Ignored</title><meta property="og:title" content="OG title">
        <meta property="article:published_time" content="2024-01-02"><meta name="author" content="John Roe">
        <meta property="og:locale" content="vi_VN"><meta property="og:url" content="https://news.example/og"></head></html>
        """
        let found = metadata(html)
        #expect(found.title == "OG title")
        #expect(found.byline == "John Roe")
        #expect(found.date == "2024-01-02")
        #expect(found.language == "vi-VN")
        #expect(found.canonicalURL == "https://news.example/og")
    }

    @Test func theCanonicalLinkIsResolvedAgainstThePage() {
        let found = metadata(#"<head><link rel="canonical" href="/a/b.html"><meta property="og:url" content="https://x.example/"></head>"#)
        #expect(found.canonicalURL == "https://news.example/a/b.html")
        #expect(metadata("<p>x</p>").canonicalURL == "https://news.example/a/story.html")
        #expect(metadata("<p>x</p>", url: nil).canonicalURL == nil)
    }

    @Test func aDocumentTitleLosesTheSiteName() {
        #expect(metadata("<title>Old bridge to close | The Daily</title>").title == "Old bridge to close")
        #expect(metadata("<title>Giá xăng giảm lần thứ ba - VnExpress</title>").title == "Giá xăng giảm lần thứ ba")
    }

    @Test func brokenJSONLDIsIgnoredAndRawLineBreaksAreForgiven() {
        let broken = #"<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><title>Fallback title here</title>"#
        #expect(metadata(broken).title == "Fallback title here")
        let raw = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Two\nlines\"}</script>"
        #expect(metadata(raw).title == "Two lines")
    }

    @Test func anAuthorURLIsNotAByline() {
        let html = #"<meta property="article:author" content="https://facebook.com/someone"><meta name="author" content="Ann Lee">"#
        #expect(metadata(html).byline == "Ann Lee")
    }
}
