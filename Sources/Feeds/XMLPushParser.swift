import CLibXML2
import Foundation

/// Streams UTF-8 XML through libxml2's SAX2 push parser in recover mode: constant memory, no tree, and no
/// message on stderr whatever the input (errors are collected here instead).
final class XMLPushParser {
    private unowned let handler: any XMLEventHandler
    private var context: xmlParserCtxtPtr?
    private var handlers = xmlSAXHandler()
    /// The first error libxml2 reported, in its words.
    private(set) var firstError: String?
    /// The name of the last mismatched end tag, until the end-element event it causes.
    fileprivate var mismatchedEndTag: String?

    init(handler: any XMLEventHandler) {
        self.handler = handler
        handlers.initialized = XML_SAX2_MAGIC
        handlers.startElementNs = { context, local, prefix, uri, _, _, count, _, attributes in
            XMLPushParser.from(context).start(local: local, prefix: prefix, uri: uri, count: Int(count),
                                              attributes: attributes)
        }
        handlers.endElementNs = { context, local, prefix, uri in
            let parser = XMLPushParser.from(context)
            let written = parser.mismatchedEndTag
            parser.mismatchedEndTag = nil
            parser.handler.endElement(
                XMLName(namespace: XMLPushParser.string(uri), local: XMLPushParser.string(local),
                        prefix: XMLPushParser.string(prefix)), written: written)
        }
        handlers.characters = { context, bytes, count in
            XMLPushParser.from(context).text(bytes, Int(count))
        }
        handlers.cdataBlock = handlers.characters
        handlers.serror = { context, error in
            guard let context, let error else { return }
            XMLPushParser.from(context).record(error.pointee)
        }
    }

    deinit {
        if let context { xmlFreeParserCtxt(context) }
    }

    /// Parses the next piece of the document; `final` ends it.
    func parse(_ bytes: [UInt8], final: Bool) {
        silenceGlobalErrors()
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if context == nil {
                    let me = Unmanaged.passUnretained(self).toOpaque()
                    context = xmlCreatePushParserCtxt(&handlers, me, nil, 0, nil)
                    guard let context else { return }
                    let options = XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue
                        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_IGNORE_ENC.rawValue
                        | XML_PARSE_NOCDATA.rawValue
                    xmlCtxtUseOptions(context, Int32(options))
                }
                guard let context else { return }
                _ = xmlParseChunk(context, chars.baseAddress, Int32(clamping: chars.count), final ? 1 : 0)
            }
        }
    }

    /// libxml2 reports a few errors (I/O, encoding) through its per-thread generic handlers rather than the
    /// parser's; point them nowhere so nothing reaches stderr.
    private func silenceGlobalErrors() {
        lede_xml_silence()
    }

    private func start(local: UnsafePointer<xmlChar>?, prefix: UnsafePointer<xmlChar>?, uri: UnsafePointer<xmlChar>?,
                       count: Int, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        var list: [XMLAttribute] = []
        if let attributes, count > 0 {
            list.reserveCapacity(count)
            for index in 0..<count {
                let base = attributes + index * 5  // local name, prefix, URI, value start, value end
                let value: String
                if let start = base[3], let end = base[4] {
                    value = String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
                } else {
                    value = ""
                }
                list.append(XMLAttribute(name: XMLName(namespace: Self.string(base[2]), local: Self.string(base[0]),
                                                       prefix: Self.string(base[1])), value: value))
            }
        }
        handler.startElement(XMLName(namespace: Self.string(uri), local: Self.string(local), prefix: Self.string(prefix)),
                             attributes: list)
    }

    private func text(_ bytes: UnsafePointer<xmlChar>?, _ count: Int) {
        guard let bytes, count > 0 else { return }
        handler.characters(UnsafeBufferPointer(start: bytes, count: count))
    }

    private func record(_ error: xmlError) {
        if error.code == XML_ERR_TAG_NAME_MISMATCH.rawValue, let written = error.str2 {
            mismatchedEndTag = String(cString: written)
        }
        if firstError == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue, let message = error.message {
            firstError = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    fileprivate static func from(_ context: UnsafeMutableRawPointer?) -> XMLPushParser {
        Unmanaged<XMLPushParser>.fromOpaque(context!).takeUnretainedValue()
    }

    fileprivate static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
