import Foundation

/// Why a fetch failed, in words a reader understands.
public enum HTTPFetchError: Error, Sendable, Equatable, LocalizedError {
    /// Only `http`, `https` and `file` URLs are fetched.
    case unsupportedScheme(String)
    /// More redirects than the policy allows.
    case tooManyRedirects(Int)
    /// A redirect without a usable `Location`.
    case badRedirect
    /// The whole request took longer than the policy allows.
    case timedOut(seconds: Double)
    /// The body was larger than the policy allows.
    case tooLarge(maxBytes: Int)
    /// A local file could not be read.
    case unreadableFile(String)
    /// The connection failed (refused, reset, name not found, TLS...).
    case transport(String)

    public var errorDescription: String? {
        switch self {
        case .unsupportedScheme(let scheme):
            "unsupported URL scheme \"\(scheme)\" (only http, https and file)"
        case .tooManyRedirects(let count): "more than \(count) redirects"
        case .badRedirect: "a redirect without a usable Location"
        case .timedOut(let seconds): "no complete answer within \(seconds.formatted()) s"
        case .tooLarge(let maxBytes): "the answer is larger than \(maxBytes >> 20) MiB"
        case .unreadableFile(let reason): reason
        case .transport(let reason): reason
        }
    }
}
