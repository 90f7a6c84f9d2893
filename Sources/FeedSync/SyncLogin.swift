import HTTPFetch

/// Logging in to an account for the first time (`lede account add`).
public enum SyncLogin {
    /// The server's auth token for `user`, after checking that it accepts it.
    public static func token(url: String, user: String, password: String, fetcher: HTTPFetcher) async
        -> Result<String, SyncError>
    {
        var client = GReaderClient(root: url, fetcher: fetcher)
        do throws(SyncError) {
            let token = try await client.login(user: user, password: password)
            client.auth = token
            _ = try await client.editToken()
            return .success(token)
        } catch {
            return .failure(error)
        }
    }
}
