/// How articles are read.
public struct LoadOptions: Sendable, Equatable {
    /// Files larger than this are skipped with a message: 16 MiB unless the reader says otherwise.
    public var maxFileSize: Int
    /// Whether to run the text analysis (quotes, entities) on each article as it loads.
    public var analyze: Bool

    public static let defaultMaxFileSize = 16 << 20

    public init(maxFileSize: Int = LoadOptions.defaultMaxFileSize, analyze: Bool = true) {
        self.maxFileSize = maxFileSize
        self.analyze = analyze
    }
}
