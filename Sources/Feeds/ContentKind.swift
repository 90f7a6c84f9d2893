/// How the text of an element that may hold markup is to be read.
enum ContentKind {
    /// The text is HTML source (RSS descriptions, `content:encoded`, Atom `type="html"`).
    case html
    /// The children are XHTML elements and the text is text (Atom `type="xhtml"`).
    case xhtml
    /// Plain text (Atom's default `type="text"`).
    case text

    /// Reads an Atom construct's `type` (1.0) and `mode` (0.3) attributes.
    init(atomType type: String?, mode: String?) {
        let type = type?.lowercased() ?? "text"
        if mode?.lowercased() == "xml" || type == "xhtml" || type.hasSuffix("xhtml+xml") {
            self = .xhtml
        } else if type == "html" || type == "text/html" || mode?.lowercased() == "escaped" {
            self = .html
        } else {
            self = .text
        }
    }
}
