import Foundation

/// Writes OPML 2.0, one outline a line and folders nested, so that a person can edit it.
public enum OPMLWriter {
    public static func document(_ list: SubscriptionList) -> String {
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0">
              <head>
                <title>\(escape(list.title))</title>
              </head>
              <body>

            """
        writeFolder([], of: list.subscriptions, depth: 2, into: &text)
        text += "  </body>\n</opml>\n"
        return text
    }

    /// The feeds directly in `path`, then each subfolder as an outline around its own.
    private static func writeFolder(_ path: [String], of all: [Subscription], depth: Int, into text: inout String) {
        let indent = String(repeating: "  ", count: depth)
        for subscription in all where subscription.folder == path {
            text += indent + "<outline" + attributes(of: subscription) + "/>\n"
        }
        var seen: Set<String> = []
        for subscription in all where subscription.folder.count > path.count
            && Array(subscription.folder.prefix(path.count)) == path {
            let name = subscription.folder[path.count]
            guard seen.insert(name).inserted else { continue }
            text += indent + "<outline text=\"\(escape(name))\">\n"
            writeFolder(path + [name], of: all, depth: depth + 1, into: &text)
            text += indent + "</outline>\n"
        }
    }

    private static func attributes(of subscription: Subscription) -> String {
        var pairs = [("type", "rss")]
        if let title = subscription.title { pairs += [("text", title), ("title", title)] } else {
            pairs.append(("text", subscription.url))
        }
        pairs.append(("xmlUrl", subscription.url))
        pairs += subscription.attributes.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        return pairs.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }

    /// XML attribute and text escaping; control characters (not allowed in XML 1.0) are dropped.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n": result += "&#10;"
            case "\t": result += "&#9;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
