/// The quotation marks news text uses, and which closes which.
enum QuoteMarks {
    static func isQuoteMark(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}", "\u{300C}", "\u{300D}",
             "\u{300E}", "\u{300F}", "\u{2018}", "\u{2019}", "'":
            return true
        default:
            return false
        }
    }

    static func isSingle(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2018}" || s == "\u{2019}" }

    /// Marks that can open a quotation.
    static func canOpen(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "\u{201C}", "\u{201E}", "\u{00AB}", "\u{300C}", "\u{300E}", "\u{2018}", "'": return true
        default: return false
        }
    }

    /// Whether `close` ends a quotation opened by `open` (typographers mix straight and curly marks).
    static func closes(_ close: Unicode.Scalar, _ open: Unicode.Scalar) -> Bool {
        switch open {
        case "\u{201C}": return close == "\u{201D}" || close == "\""
        case "\"": return close == "\"" || close == "\u{201D}"
        case "\u{201E}": return close == "\u{201C}" || close == "\u{201D}"
        case "\u{00AB}": return close == "\u{00BB}"
        case "\u{300C}": return close == "\u{300D}"
        case "\u{300E}": return close == "\u{300F}"
        case "\u{2018}", "'": return close == "\u{2019}" || close == "'"
        default: return false
        }
    }
}
