@testable import HTMLText
import Testing

/// The fast path must give exactly what the full parser and renderer give, or step aside.
@Suite struct SimpleHTMLTests {
    static func full(_ html: String) -> String {
        HTMLTextRenderer().render(HTMLParser.parse(html))
    }

    @Test(arguments: [
        "<p>Một</p><p>Hai &amp; ba</p>", "Đầu\n<p>a  b\n c</p>\n\n<div>d<br>e<br/>f</div>", "<P>x</P><p></p><p> </p>y",
        "<p>Ông nói: &ldquo;Sẵn sàng&rdquo;&nbsp;&mdash; hết.</p>", "<b>đậm</b> và <i>nghiêng</i><p>tiếp<strong>!</strong></p>",
        "<span class=\"a\">x</span>&#8217;s &#x27;y&#x27;", "<p>a<br><br>b</p>", "plain text only", "&lt;p&gt;", "",
        "<div><div><p>lồng</p></div>nhau</div>", "<div><p>a</p><p>b</p></div>", "<p>tab\tand\u{00A0}nbsp\u{200B}zw</p>", "<br>", "<p>a</p>   <p>b</p>",
    ])
    func agreesWithTheFullRenderer(html: String) throws {
        let fast = try #require(SimpleHTML.text(html), "the fast path should take \(html)")
        #expect(fast == Self.full(html))
    }

    @Test(arguments: [
        "<a href=\"x\">link</a>", "<ul><li>x</li></ul>", "<h2>t</h2>", "a < b", "AT&T", "&apos;", "&#1;", "<!-- c -->x",
        "<span style=\"display:none\">x</span>", "<p hidden>x</p>", "<img src=x>", "<script>x</script>", "&nbsp",
        "<p", "<p>a<p>b", "<b><p>x</p></b>", "</p>x", "<p>x</div>", "<blockquote>q</blockquote>", "<b x=\"<\">", "<table><tr><td>x</td></tr></table>",
    ])
    func stepsAsideForAnythingElse(html: String) {
        #expect(SimpleHTML.text(html) == nil)
    }

    @Test func agreesOnGeneratedParagraphs() {
        let words = [" ", "\n", "Việt", "Nam", "&amp;", "&nbsp;", "&#8220;", "x", "  ", "\u{00A0}", "<br>", "<br/>"]
        let inline = ["b", "em", "span", "strong"]
        var state: UInt64 = 7
        func pick(_ count: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(count))
        }
        func run() -> String {
            var text = ""
            for _ in 0..<(1 + pick(4)) {
                let word = words[pick(words.count)]
                if pick(4) == 0 {
                    let tag = inline[pick(inline.count)]
                    text += "<\(tag)>\(word)</\(tag)>"
                } else {
                    text += word
                }
            }
            return text
        }
        var taken = 0
        for _ in 0..<600 {
            var html = ""
            for _ in 0..<(1 + pick(4)) {
                switch pick(4) {
                case 0: html += "<p>\(run())</p>"
                case 1: html += "<div>\(run())<p>\(run())</p></div>"
                case 2: html += run()
                default: html += "<div>\(run())</div>\n"
                }
            }
            if let fast = SimpleHTML.text(html) {
                taken += 1
                #expect(fast == Self.full(html), "\(html.debugDescription)")
            }
        }
        #expect(taken == 600)
    }
}
