import Testing
@testable import lede

/// JSON printed by lede: characters the terminal sanitiser would change become `\uXXXX` escapes; all
/// others, Vietnamese and emoji included, stay byte for byte.
@Suite struct JSONEscapeTests {
    func escaped(_ json: String) -> String {
        String(decoding: JSONEscape.escapingUnsafe(Array(json.utf8)), as: UTF8.self)
    }

    @Test func safeTextIsCopiedAsItIs() {
        let json = #"{"text":"Ông Nguyễn Văn A nói: “Tốt” 👍 — café"}"#
        #expect(JSONEscape.escapingUnsafe(Array(json.utf8)) == Array(json.utf8))
        #expect(escaped(#"{"a":"plain ASCII"}"#) == #"{"a":"plain ASCII"}"#)
    }

    @Test func unsafeCharactersAreEscapedWhereTheyAre() {
        #expect(escaped("{\"a\":\"x\u{7F}y\u{85}ế\u{202E}z\u{2028}\"}") == #"{"a":"x\u007Fy\u0085ế\u202Ez\u2028"}"#)
        // Above U+FFFF: a surrogate pair, as JSON writes it.
        #expect(escaped("[\"\u{10FE80}đ\u{10FEFF}\"]") == #"["\uDBFF\uDE80đ\uDBFF\uDEFF"]"#)
        #expect(escaped("\"đ\u{9F}\"") == #""đ\u009F""#)
    }
}
