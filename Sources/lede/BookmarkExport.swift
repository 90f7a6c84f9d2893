import ArticleModel
import Foundation
import ReadingState
import TerminalCanvas

/// The ways `lede bookmarks` prints bookmarks. Titles, quotations, notes and paths came from article
/// files or from the reader, so every string is made safe before it is printed: sanitised in the
/// lists, escaped in JSON.
enum BookmarkExport {
    /// The state document holding only the bookmarks: what `import` reads back, exactly, with every
    /// character a terminal would act on escaped (see `JSONEscape`).
    static func json(_ document: StateDocument) throws -> Data {
        Data(JSONEscape.escapingUnsafe(try document.bookmarksOnly.encoded()))
    }

    /// One line per bookmark: day, title, the quotation if any, the path.
    static func line(_ bookmark: Bookmark) -> String {
        let mark = clean(bookmark)
        var parts = [day(mark.created), mark.title]
        if let quote = mark.quote { parts.append("“\(quote.text)”") }
        if let note = mark.note { parts.append("[\(note)]") }
        parts.append(mark.path)
        return parts.joined(separator: "  ")
    }

    /// A reading list: a section per bookmark with its title, quotation, note, file and date.
    static func markdown(_ bookmarks: [Bookmark], library: String?, present: (Bookmark) -> Bool) -> String {
        var lines = ["# Reading list", ""]
        if let library { lines += ["Library: \(code(Clean.text(library))) · \(bookmarks.count) bookmark(s)", ""] }
        for original in bookmarks {
            let bookmark = clean(original)
            lines += ["## \(bookmark.title.isEmpty ? "(untitled)" : bookmark.title)", ""]
            if let quote = bookmark.quote {
                lines.append("> “\(quote.text)”")
                if let speaker = quote.speaker { lines.append("> — \(speaker)") }
                lines.append("")
            }
            if let note = bookmark.note { lines += ["Note: \(note)", ""] }
            let missing = present(original) ? "" : " (file not found)"
            lines += ["\(code(bookmark.path))\(missing) · bookmarked \(day(bookmark.created))", ""]
        }
        return lines.joined(separator: "\n")
    }

    static func clean(_ bookmark: Bookmark) -> Bookmark {
        var copy = bookmark
        copy.title = Clean.text(bookmark.title)
        copy.path = Clean.text(bookmark.path)
        copy.note = bookmark.note.map(Clean.text)
        if var quote = bookmark.quote {
            quote.text = Clean.text(quote.text)
            quote.speaker = quote.speaker.map(Clean.text)
            copy.quote = quote
        }
        return copy
    }

    static func day(_ date: Date) -> String {
        ArticleDate(date, origin: .fileModified).day
    }

    /// Inline code that survives backticks in the text.
    static func code(_ text: String) -> String {
        var fence = "`"
        while text.contains(fence) { fence += "`" }
        let pad = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
        return fence + pad + text + pad + fence
    }
}
