extension HTTPFetcher {
    /// Runs `body` with a new fetcher and shuts the fetcher down afterwards, whether `body` returns or
    /// throws: a client freed without `shutdown()` stops the whole process in a debug build.
    public static func using<Result>(_ policy: FetchPolicy, _ body: (HTTPFetcher) async throws -> Result)
        async throws -> Result
    {
        let fetcher = HTTPFetcher(policy: policy)
        do {
            let result = try await body(fetcher)
            await fetcher.shutdown()
            return result
        } catch {
            await fetcher.shutdown()
            throw error
        }
    }
}
