import Foundation
import NIOHTTP1

/// What the client asked.
public struct LoopbackRequest: Sendable {
    /// The path without its query.
    public var path: String
    /// Header values by lower-cased name.
    public var headers: [String: String]

    init(_ head: HTTPRequestHead) {
        path = String(head.uri.prefix { $0 != "?" })
        var headers: [String: String] = [:]
        for (name, value) in head.headers { headers[name.lowercased()] = value }
        self.headers = headers
    }
}
