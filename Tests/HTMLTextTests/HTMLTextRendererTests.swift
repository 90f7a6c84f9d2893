import Foundation
import HTMLText
import Testing

@Suite struct HTMLTextRendererTests {
    let renderer = HTMLTextRenderer()

    @Test func paragraphsHeadingsQuotesAndBreaks() {
        let html = """
        <h2>Sub  heading</h2><p>First
           paragraph.</p><blockquote><p>“Quoted,” she said.</p></blockquote><p>Line<br>break</p>
        """
        #expect(renderer.render(html: html) == """
        ## Sub heading

        First paragraph.

        > “Quoted,” she said.

        Line
        break
        """)
    }

    @Test func listsKeepTheirMarkersAndNumbers() {
        let html = "<ul><li>one</li><li>two<ol><li>a</li><li>b</li></ol></li></ul>"
        #expect(renderer.render(html: html) == "- one\n\n- two\n\n  1. a\n\n  2. b")
    }

    @Test func linksBecomeFootnotesResolvedAgainstTheBase() {
        let renderer = HTMLTextRenderer(baseURL: URL(string: "https://news.example/a/"))
        let html = #"<p>Read <a href="b.html">this</a>, <a href="https://x.example/">that</a> and <a href="b.html">this again</a>.</p><p><a href="https://x.example/">https://x.example/</a></p>"#
        #expect(renderer.render(html: html) == """
        Read this[1], that[2] and this again[1].

        https://x.example/

        [1]: https://news.example/a/b.html
        [2]: https://x.example/
        """)
    }

    @Test func scriptsStylesFormsImagesAndHiddenContentAreDropped() {
        let html = """
        <style>p{}</style><script>alert(1)</script><p>Kept<img src="https://t.example/pixel.gif" width="1"></p>
        <form><input value="x"><button>Go</button></form><div hidden>secret</div>
        <p style="display: none">gone</p><p style="visibility: hidden">unseen</p><iframe src="x"></iframe><noscript>js</noscript>
        """
        #expect(renderer.render(html: html) == "Kept")
    }

    @Test func javascriptAndFragmentLinksGetNoFootnote() {
        let html = ##"<p><a href="javascript:alert(1)">x</a> <a href="#top">y</a></p>"##
        #expect(renderer.render(html: html) == "x y")
    }

    @Test func preformattedTextKeepsItsLines() {
        #expect(renderer.render(html: "<pre>\n  a  b\n    c\n</pre>") == "  a  b\n    c")
    }

    @Test func footnotesCanBeTurnedOff() {
        let renderer = HTMLTextRenderer(linkFootnotes: false)
        #expect(renderer.render(html: #"<p><a href="https://x.example/">word</a></p>"#) == "word")
    }

    @Test func vietnameseTextAndEntitiesSurvive() {
        let html = "<p>&quot;Chúng tôi sẽ tiếp tục&quot;, ông Nguyễn Văn A cho biết&nbsp;thêm.</p>"
        #expect(renderer.render(html: html) == "\"Chúng tôi sẽ tiếp tục\", ông Nguyễn Văn A cho biết thêm.")
    }
}
