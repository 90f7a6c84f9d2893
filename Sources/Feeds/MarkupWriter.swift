/// Writes XML elements met inside content back out as HTML source.
enum MarkupWriter {
    private static let voidElements: Set<String> = ["br", "hr", "img", "wbr", "input", "col", "area", "embed",
                                                     "param", "track", "source", "meta", "link", "base"]

    static func startTag(_ name: XMLName, attributes: [XMLAttribute], into output: inout [UInt8]) {
        output.append(UInt8(ascii: "<"))
        output.append(contentsOf: name.local.utf8)
        for attribute in attributes {
            output.append(UInt8(ascii: " "))
            output.append(contentsOf: attribute.name.qualified.utf8)
            output.append(contentsOf: "=\"".utf8)
            escape(attribute.value, into: &output)
            output.append(UInt8(ascii: "\""))
        }
        output.append(UInt8(ascii: ">"))
    }

    static func endTag(_ name: XMLName, into output: inout [UInt8]) {
        guard !voidElements.contains(name.local.lowercased()) else { return }
        output.append(contentsOf: "</".utf8)
        output.append(contentsOf: name.local.utf8)
        output.append(UInt8(ascii: ">"))
    }

    static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            default: output.append(byte)
            }
        }
    }

    static func escape(_ text: String, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { escape($0, into: &output) }
    }

    /// `text` escaped for HTML.
    static func escaped(_ text: String) -> String {
        var output: [UInt8] = []
        escape(text, into: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
