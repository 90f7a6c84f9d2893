import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads OPML: outlines with an `xmlUrl` are subscriptions; outlines without one are folders
/// around them.
public enum OPMLReader {
    public static func parse(_ data: Data) throws -> SubscriptionList {
        let delegate = Delegate()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        guard parser.parse(), delegate.sawOPML else {
            let reason = parser.parserError.map { "line \(parser.lineNumber): \($0.localizedDescription)" }
            throw OPMLError(message: "not an OPML file" + (reason.map { " (\($0))" } ?? ""))
        }
        var list = SubscriptionList(subscriptions: delegate.subscriptions)
        if let title = delegate.title { list.title = title }
        return list
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var subscriptions: [Subscription] = []
        var title: String?
        var sawOPML = false
        /// One entry per open outline: the folder name it opens, or nil for a feed.
        private var stack: [String?] = []
        private var inTitle = false
        private var titleText = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name.lowercased() {
            case "opml": sawOPML = true
            case "title" where stack.isEmpty: inTitle = true
            case "outline": openOutline(attributes)
            default: break
            }
        }

        private func openOutline(_ attributes: [String: String]) {
            let name = clean(attributes["text"]) ?? clean(attributes["title"])
            guard let url = clean(attributes["xmlUrl"] ?? attributes["xmlurl"]) else {
                stack.append(name ?? "")
                return
            }
            // OPML requires `text`; lede writes the URL there for a feed with no name.
            let title = name == url ? nil : name
            var rest = attributes
            for key in ["text", "title", "xmlUrl", "xmlurl", "type"] { rest[key] = nil }
            let folder = stack.compactMap { $0 }.filter { !$0.isEmpty }
            subscriptions.append(Subscription(url: url, title: title, folder: folder, attributes: rest))
            stack.append(nil)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name.lowercased() {
            case "outline": if !stack.isEmpty { stack.removeLast() }
            case "title" where inTitle:
                inTitle = false
                title = clean(titleText)
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inTitle { titleText += string }
        }

        private func clean(_ text: String?) -> String? {
            guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
            return text
        }
    }
}
