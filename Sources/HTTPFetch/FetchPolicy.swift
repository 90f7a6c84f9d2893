import Foundation

/// How politely and how far an `HTTPFetcher` goes: who it says it is, how long it waits, how much it
/// reads and how many requests it makes at once.
public struct FetchPolicy: Sendable, Equatable {
    /// Sent as `User-Agent`, e.g. `lede/0.1.0`.
    public var userAgent: String
    /// How long to wait for a connection to open.
    public var connectTimeout: Duration
    /// How long a whole request may take, redirects and body included.
    public var totalTimeout: Duration
    /// The largest body read, after decompression; a larger one is an error, not a truncation.
    public var maxBodyBytes: Int
    /// Redirects followed before giving up.
    public var maxRedirects: Int
    /// Requests to one host at the same time.
    public var perHostLimit: Int
    /// Requests in flight at the same time, all hosts together.
    public var totalLimit: Int

    public init(userAgent: String, connectTimeout: Duration = .seconds(10), totalTimeout: Duration = .seconds(30),
                maxBodyBytes: Int = 16 << 20, maxRedirects: Int = 5, perHostLimit: Int = 2, totalLimit: Int = 8) {
        self.userAgent = userAgent
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maxBodyBytes = maxBodyBytes
        self.maxRedirects = maxRedirects
        self.perHostLimit = perHostLimit
        self.totalLimit = totalLimit
    }
}
