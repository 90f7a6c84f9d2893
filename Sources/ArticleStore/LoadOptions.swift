/// How articles are read. Reading only: the analysis (quotes, entities) is a step of its own that the
/// indexer and the commands take with TextAnalysis's `Analyzer`.
public struct LoadOptions: Sendable, Equatable {
    /// Files larger than this are skipped with a message: 16 MiB unless the reader says otherwise.
    public var maxFileSize: Int

    public static let defaultMaxFileSize = 16 << 20

    public init(maxFileSize: Int = LoadOptions.defaultMaxFileSize) {
        self.maxFileSize = maxFileSize
    }
}
