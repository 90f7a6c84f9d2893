/// How the text of an element that may hold markup is to be read.
enum ContentKind {
    /// The text is HTML source (RSS descriptions, `content:encoded`, Atom `type="html"`).
    case html
    /// The children are XHTML elements and the text is text (Atom `type="xhtml"`).
    case xhtml
    /// Plain text (Atom's default `type="text"`); the text of any child element is kept, its tags are not.
    case text
    /// Base64 (Atom 0.3's `mode="base64"`, Atom 1.0's other media types), decoded to text when it decodes to
    /// UTF-8, else kept as written.
    case base64

    /// Reads an Atom construct's `type` (1.0) and `mode` (0.3) attributes.
    init(atomType type: String?, mode: String?) {
        let type = type?.lowercased() ?? "text"
        if mode?.lowercased() == "xml" || type == "xhtml" || type.hasSuffix("+xml") || type.hasSuffix("/xml") {
            self = .xhtml
        } else if mode?.lowercased() == "base64" {
            self = .base64
        } else if type == "html" || type == "text/html" || mode?.lowercased() == "escaped" {
            self = .html
        } else if type == "text" || type.hasPrefix("text/") {
            self = .text
        } else {
            self = .base64
        }
    }
}
