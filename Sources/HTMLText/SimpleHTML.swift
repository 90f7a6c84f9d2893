/// A fast path for the HTML most feed items carry: paragraphs (`p`, `div`), line breaks and inline
/// emphasis with entities. It gives exactly what `HTMLTextRenderer` gives for such HTML, without building a
/// tree; anything else (links, lists, headings, comments, hidden content, a stray `<` or `&`) returns nil
/// and takes the full path.
enum SimpleHTML {
    private static let blocks: Set<[UInt8]> = Set(["p", "div"].map { Array($0.utf8) })
    private static let inline: Set<[UInt8]> = Set(["b", "i", "em", "strong", "span", "u", "small", "sub", "sup",
                                                    "font", "mark", "s", "strike", "tt", "abbr", "cite"].map { Array($0.utf8) })

    static func text(_ html: String) -> String? {
        var html = html
        return html.withUTF8 { bytes -> String? in
            var writer = BlockWriter()
            var text: [UInt8] = []
            var index = 0
            // Open elements: the fast path takes only balanced HTML whose blocks sit in divs, as the HTML
            // parser would not rearrange it.
            var open: [[UInt8]] = []
            func flush() {
                if !text.isEmpty { writer.addText(String(decoding: text, as: UTF8.self)) }
                text.removeAll(keepingCapacity: true)
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<") {
                    guard let (name, closing, end) = tag(bytes, at: index) else { return nil }
                    flush()
                    let block = blocks.contains(name)
                    if name == Array("br".utf8) {
                        writer.lineBreak()
                    } else if !block && !inline.contains(name) {
                        return nil
                    } else if closing {
                        guard open.last == name else { return nil }
                        open.removeLast()
                    } else {
                        guard !block || open.allSatisfy({ $0 == Array("div".utf8) }) else { return nil }
                        open.append(name)
                    }
                    if block { writer.endBlock() }
                    index = end
                } else if byte == UInt8(ascii: "&") {
                    guard let (scalar, end) = reference(bytes, at: index) else { return nil }
                    text.append(contentsOf: Array(String(scalar).utf8))
                    index = end
                } else {
                    text.append(byte)
                    index += 1
                }
            }
            guard open.isEmpty else { return nil }
            flush()
            writer.endBlock()
            return writer.blocks.joined(separator: "\n\n")
        }
    }

    /// The lowercased name of the start or end tag at `index`, whether it ends an element, and the index after
    /// it; nil for anything but a plain tag whose attributes cannot hide it.
    private static func tag(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> ([UInt8], Bool, Int)? {
        var position = index + 1
        let closing = position < bytes.count && bytes[position] == UInt8(ascii: "/")
        if closing { position += 1 }
        let nameStart = position
        while position < bytes.count, isLetter(bytes[position]) || (position > nameStart && isDigit(bytes[position])) {
            position += 1
        }
        guard position > nameStart, position < bytes.count else { return nil }
        let name = bytes[nameStart..<position].map { $0 | 0x20 }
        let attributesStart = position
        var quote: UInt8 = 0
        while position < bytes.count {
            let byte = bytes[position]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                break
            } else if byte == UInt8(ascii: "<") {
                return nil
            }
            position += 1
        }
        guard position < bytes.count else { return nil }
        let attributes = String(decoding: bytes[attributesStart..<position], as: UTF8.self).lowercased()
        // `hidden`, `aria-hidden` and `display:none` are the renderer's to judge.
        guard !attributes.contains("hidden"), !attributes.contains("display") else { return nil }
        if !attributes.isEmpty, !(attributes.first == " " || attributes.first == "/" || attributes.first == "\t"
                                    || attributes.first == "\n") { return nil }
        if closing, !attributes.isEmpty { return nil }
        return (name, closing, position + 1)
    }

    /// The character a `&name;` or `&#...;` reference stands for and the index after it; nil when it is not a
    /// complete reference libxml2 would decode the same way.
    private static func reference(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        var end = index + 1
        while end < bytes.count, end - index <= 12, isLetter(bytes[end]) || isDigit(bytes[end]) || bytes[end] == 0x23 {
            end += 1
        }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";"), end > index + 1 else { return nil }
        let body = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
        let value: UInt32?
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            value = UInt32(body.dropFirst(2), radix: 16)
        } else if body.hasPrefix("#") {
            value = UInt32(body.dropFirst())
        } else {
            // libxml2's HTML parser knows HTML 4's entities, which have no `apos`.
            value = body == "apos" ? nil : HTMLEntities.codePoints[body]
        }
        // Controls and odd code points are decoded differently by libxml2's HTML parser: leave them to it.
        guard let value, value >= 0x20, value != 0x7F, !(0x80..<0xA0).contains(value),
              let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, end + 1)
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
