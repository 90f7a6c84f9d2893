import Foundation

/// Builds a feed's header and items from the XML events of any RSS 0.9x/2.0, RDF or Atom document,
/// handing each item on as soon as it ends so that a feed of any size is read in constant memory.
final class FeedBuilder: XMLEventHandler {
    struct Frame {
        var name: XMLName
        var namespace: FeedNamespace
        /// The element's `xml:base`, resolved against its parent's.
        var base: URL?
        /// Where the element's text starts in `text`.
        var textStart: Int
        var attributes: [XMLAttribute]

        func attribute(_ local: String) -> String? {
            attributes.first { $0.name.local == local }?.value
        }
    }

    /// The longest text kept for one element; the rest of a hostile giant is dropped.
    static let textLimit = 8 << 20

    private(set) var format: FeedFormat?
    /// Set when the document is no feed or the item handler threw; the driver stops parsing and reports it.
    private(set) var failure: (any Error)?
    var title: String?
    var link: String?
    private(set) var stack: [Frame] = []
    private var text: [UInt8] = []
    /// The markup-holding element being read, whose descendants are kept as markup rather than structure.
    private var capture: (depth: Int, kind: ContentKind)?
    /// The depth of the open item or entry.
    var itemDepth: Int?
    /// The depth of the element whose children describe the feed (`channel`, or Atom's `feed`).
    private var feedDepth: Int?
    var draft = ItemDraft()
    private let baseURL: URL?
    private let onHeader: (ParsedFeed) -> Void
    private let onItem: (FeedItem) throws -> Void
    private var headerSent = false

    init(baseURL: URL?, header: @escaping (ParsedFeed) -> Void, item: @escaping (FeedItem) throws -> Void) {
        self.baseURL = baseURL
        onHeader = header
        onItem = item
    }

    /// The feed's header, sent once: before its first item, or at the end for a feed without items.
    func sendHeader() {
        guard !headerSent, let format else { return }
        headerSent = true
        onHeader(ParsedFeed(format: format, title: title, link: link))
    }

    func startElement(_ name: XMLName, attributes: [XMLAttribute]) {
        guard failure == nil else { return }
        let depth = stack.count
        if let capture, depth > capture.depth {
            stack.append(Frame(name: name, namespace: .other, base: nil, textStart: text.count, attributes: []))
            MarkupWriter.startTag(name, attributes: attributes, into: &text)
            return
        }
        if depth == 0 {
            detectFormat(name)
            guard failure == nil else { return }
        }
        var namespace = FeedNamespace(name.namespace)
        if format == .atom, name.namespace.isEmpty { namespace = .atom }  // an Atom feed that forgot its namespace
        var base = stack.last?.base ?? baseURL
        if let declared = attributes.first(where: { $0.name.local == "base" && FeedNamespace($0.name.namespace) == .xml }) {
            base = URL(string: declared.value.trimmingCharacters(in: .whitespaces), relativeTo: base)?.absoluteURL ?? base
        }
        let frame = Frame(name: name, namespace: namespace, base: base, textStart: text.count, attributes: attributes)
        stack.append(frame)
        if format == .atom, depth == 0 { feedDepth = 0 }
        if itemDepth == nil, isItem(frame) {
            itemDepth = depth
            draft = ItemDraft()
            draft.base = base
            if let about = frame.attributes.first(where: { $0.name.local == "about" })?.value { draft.id = about }
            sendHeader()
        } else if feedDepth == nil, depth <= 1, namespace == .rss, name.local == "channel" {
            feedDepth = depth
        } else if let kind = markupKind(frame, depth: depth) {
            capture = (depth, kind)
        }
    }

    func endElement(_ name: XMLName, written: String?) {
        guard failure == nil else { return }
        // libxml2 closes its innermost element even when the end tag names another; close ours up to the one
        // the tag names, and ignore a tag that closes nothing open.
        let wanted = written ?? name.qualified
        guard let index = stack.lastIndex(where: { $0.name.qualified == wanted }) else { return }
        while stack.count > index {
            close(stack.removeLast(), depth: stack.count)
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard failure == nil, !stack.isEmpty, text.count < Self.textLimit else { return }
        if let capture, capture.kind != .text, capture.kind == .xhtml || stack.count - 1 > capture.depth {
            MarkupWriter.escape(bytes, into: &text)
        } else {
            text.append(contentsOf: bytes)
        }
    }

    private func close(_ frame: Frame, depth: Int) {
        if let capture, depth > capture.depth {
            MarkupWriter.endTag(frame.name, into: &text)
            return
        }
        let value = String(decoding: text[frame.textStart...], as: UTF8.self)
        text.removeSubrange(frame.textStart...)
        var kind: ContentKind?
        if let capture, depth == capture.depth {
            kind = capture.kind
            self.capture = nil
        }
        if depth == itemDepth {
            finishItem()
        } else if let itemDepth, depth > itemDepth {
            itemField(frame, value: value, kind: kind, depth: depth - itemDepth)
        } else if let feedDepth, depth == feedDepth + 1, itemDepth == nil {
            feedField(frame, value: value, kind: kind)
        }
    }

    private func finishItem() {
        itemDepth = nil
        let item = draft.item()
        draft = ItemDraft()
        do {
            try onItem(item)
        } catch {
            failure = error
        }
    }

    private func detectFormat(_ root: XMLName) {
        let namespace = FeedNamespace(root.namespace)
        switch root.local.lowercased() {
        case "rss" where namespace == .rss: format = .rss
        case "rdf" where namespace == .rdf: format = .rdf
        case "feed" where namespace == .atom || namespace == .rss: format = .atom
        case "html": failure = FeedParseError.htmlDocument
        default: failure = FeedParseError.unknownRoot(root.qualified)
        }
    }

    private func isItem(_ frame: Frame) -> Bool {
        switch format {
        case .atom: frame.namespace == .atom && frame.name.local == "entry"
        case .rss, .rdf: frame.namespace == .rss && frame.name.local == "item"
        default: false
        }
    }
}
