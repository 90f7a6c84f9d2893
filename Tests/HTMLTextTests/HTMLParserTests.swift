import HTMLText
import Testing

@Suite struct HTMLParserTests {
    @Test func tagSoupStillGivesATree() {
        let document = HTMLParser.parse("<p>One <b>bold<p>Two &nbsp;&amp; <i>unclosed")
        let paragraphs = document.descendants(named: "p")
        #expect(paragraphs.count == 2)
        #expect(paragraphs[0].textContent == "One bold")
        #expect(paragraphs[1].textContent == "Two \u{00A0}& unclosed")
    }

    @Test func attributesAreLowercasedAndDecoded() {
        let document = HTMLParser.parse(#"<A HREF="/x?a=1&amp;b=2" Class="story">x</A>"#)
        let link = document.descendants(named: "a").first
        #expect(link?["href"] == "/x?a=1&b=2")
        #expect(link?["class"] == "story")
    }

    @Test func commentsAreDroppedAndEmptyInputIsAnEmptyDocument() {
        #expect(HTMLParser.parse("<p>a<!-- hidden -->b</p>").textContent == "ab")
        #expect(HTMLParser.parse("").children.isEmpty)
    }

    /// libxml2 gives up below its nesting limit; what came before the hostile nesting is still read.
    @Test func deepNestingDoesNotOverflowTheStack() {
        let html = "<p>before</p>" + String(repeating: "<div>", count: 100_000) + "deep"
        #expect(HTMLParser.parse(html).textContent.hasPrefix("before"))
    }

    @Test func removeDetachesANode() throws {
        let document = HTMLParser.parse("<div><p>keep</p><nav>menu</nav></div>")
        let nav = try #require(document.descendants(named: "nav").first)
        nav.remove()
        #expect(document.textContent == "keep")
        #expect(nav.parent == nil)
    }
}
