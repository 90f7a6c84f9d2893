import Foundation

/// What a GET brought back: the last response of the redirect chain.
public struct HTTPFetchResult: Sendable {
    /// The HTTP status; 200 for a `file` URL that could be read.
    public var status: Int
    /// The response headers, names as the server sent them.
    public var headers: [(name: String, value: String)]
    /// The URL that answered, after redirects.
    public var finalURL: URL
    /// Where the resource now lives when every redirect on the way was permanent (301 or 308):
    /// a subscription should move there. Nil when there was no redirect or one was temporary.
    public var permanentURL: URL?
    /// The body, decompressed; empty for a 304.
    public var body: Data

    public init(status: Int, headers: [(name: String, value: String)], finalURL: URL, permanentURL: URL? = nil,
                body: Data) {
        self.status = status
        self.headers = headers
        self.finalURL = finalURL
        self.permanentURL = permanentURL
        self.body = body
    }

    /// The first value of a header, its name compared without regard to case.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// The `charset` parameter of `Content-Type`, if the server declared one.
    public var charset: String? {
        guard let type = header("Content-Type") else { return nil }
        for parameter in type.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2,
                  pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let value = pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return value.isEmpty ? nil : value
        }
        return nil
    }
}
