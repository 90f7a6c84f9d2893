import ArticleModel

/// Keeps a huge article from holding the browser: the run loop analyses and lays out an article when it
/// opens, so only the first `maxScalars` of its text are opened, with a last paragraph saying how much
/// was left out and where to read it all. Real articles are far under the cap; a hostile 8.8 MB
/// single-line file kept the browser busy for minutes.
public enum ReadingClip {
    public static let maxScalars = 1 << 20

    /// Cuts `article`'s blocks after `maxScalars` of text and adds the note; returns whether it cut.
    /// The fingerprint stays the whole file's, so bookmarks and read marks still find it.
    @discardableResult
    public static func clip(_ article: inout Article, maxScalars: Int = maxScalars) -> Bool {
        var kept = 0
        for (index, block) in article.blocks.enumerated() {
            let scalars = block.text.unicodeScalars
            let remaining = maxScalars - kept
            guard scalars.count > remaining else {
                kept += scalars.count
                continue
            }
            let total = article.blocks.reduce(0) { $0 + $1.text.unicodeScalars.count }
            var blocks = Array(article.blocks[..<index])
            if remaining > 0 {
                blocks.append(Block(block.kind, String(String.UnicodeScalarView(scalars.prefix(remaining)))))
            }
            blocks.append(Block(.paragraph, note(shown: maxScalars, leftOut: total - maxScalars)))
            article.blocks = blocks
            return true
        }
        return false
    }

    static func note(shown: Int, leftOut: Int) -> String {
        "[The browser shows the first \(shown) characters of this article and leaves out \(leftOut) more: "
            + "`lede show FILE` prints all of it.]"
    }
}
