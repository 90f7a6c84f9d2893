import TextKit

/// Which inline Markdown marks a paragraph holds, from one pass over its bytes.
struct InlineMarks {
    var bracket = false
    var asterisk = false
    var underscore = false
    var backtick = false

    init(_ text: String) {
        UTF8Bytes.with(text) { bytes in
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "["): bracket = true
                case UInt8(ascii: "*"): asterisk = true
                case UInt8(ascii: "_"): underscore = true
                case UInt8(ascii: "`"): backtick = true
                default: break
                }
            }
        }
    }
}
