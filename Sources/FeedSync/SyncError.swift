import Foundation

/// Why a sync with a feed server failed, in words a reader understands. Local changes are kept for the
/// next sync whatever the failure.
public enum SyncError: Error, Sendable, Equatable {
    /// The server refused the user name or password (or the stored token, with no way to log in again).
    case wrongPassword
    /// The stored token was refused and only `lede account add` can log in again (`--password-stdin`).
    case loginNeeded
    /// No connection: refused, reset, no such host.
    case unreachable(String)
    /// No complete answer in time.
    case timedOut(seconds: Double)
    /// The server failed (5xx).
    case serverError(Int)
    /// The address answers, but not in the Google Reader API.
    case notGoogleReader(String)
    /// The password command failed.
    case passwordCommand(String)
    /// The library, its subscriptions or the sync state could not be read or written.
    case local(String)
    /// Something else the server said.
    case unexpected(String)

    /// The failure as the end of a sentence that starts with the account's name.
    public var words: String {
        switch self {
        case .wrongPassword: "the server refused the user name or password"
        case .loginNeeded: "the server no longer accepts lede's token; log in again with `lede account add`"
        case .unreachable(let reason): "cannot reach the server (\(reason))"
        case .timedOut(let seconds): "the server did not answer within \(seconds.formatted()) s"
        case .serverError(let status): "the server failed (HTTP \(status))"
        case .notGoogleReader(let reason): "the address does not speak the Google Reader API (\(reason))"
        case .passwordCommand(let reason): "the password command failed: \(reason)"
        case .local(let reason): reason
        case .unexpected(let reason): reason
        }
    }
}
