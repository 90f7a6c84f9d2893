import CLibXML2

/// Parses HTML with libxml2's HTML parser in recover mode, so tag soup, undefined entities and unclosed
/// tags still give a tree, and no error ever reaches stderr (where it would corrupt a curses screen).
public enum HTMLParser {
    /// Parses already-decoded text. Callers decode bytes first (see `Charsets`), so libxml2 is always told
    /// UTF-8 and never second-guesses the charset from a `<meta>` tag.
    public static func parse(_ html: String) -> HTMLNode {
        let document = HTMLNode(kind: .document)
        var utf8 = Array(html.utf8)
        guard !utf8.isEmpty else { return document }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NODEFDTD.rawValue | HTML_PARSE_COMPACT.rawValue)
        let parsed = utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), nil, "UTF-8", options)
            }
        }
        guard let parsed else { return document }
        defer { xmlFreeDoc(parsed) }
        var child = parsed.pointee.children
        while let node = child {
            copy(node, into: document)
            child = node.pointee.next
        }
        return document
    }

    /// Copies a libxml2 subtree into Swift nodes. Iterative, so hostile nesting cannot overflow the stack.
    private static func copy(_ root: xmlNodePtr, into parent: HTMLNode) {
        var stack: [(xmlNodePtr, HTMLNode)] = [(root, parent)]
        while let (node, parent) = stack.popLast() {
            guard let made = makeNode(node) else { continue }
            parent.append(made)
            guard made.kind == .element else { continue }
            var children: [xmlNodePtr] = []
            var child = node.pointee.children
            while let next = child {
                children.append(next)
                child = next.pointee.next
            }
            for next in children.reversed() { stack.append((next, made)) }
        }
    }

    private static func makeNode(_ node: xmlNodePtr) -> HTMLNode? {
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            return HTMLNode(kind: .element, name: string(node.pointee.name).lowercased(), attributes: attributes(of: node))
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            return HTMLNode(kind: .text, text: string(node.pointee.content))
        default:
            return nil  // comments, processing instructions, DTDs
        }
    }

    private static func attributes(of node: xmlNodePtr) -> [String: String] {
        var result: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = string(current.pointee.name).lowercased()
            if result[name] == nil {
                // An attribute's value is the text of its children (libxml2 has decoded entities already).
                var value = ""
                var part = current.pointee.children
                while let text = part {
                    value += string(text.pointee.content)
                    part = text.pointee.next
                }
                result[name] = value
            }
            attribute = current.pointee.next
        }
        return result
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    private static func string(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String {
        string(UnsafePointer(pointer))
    }
}
