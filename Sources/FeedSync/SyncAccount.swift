import Foundation

/// A library's account on a feed server that speaks the Google Reader API.
public struct SyncAccount: Codable, Sendable, Equatable {
    /// The API root, e.g. `https://rss.example.net/api/greader.php`.
    public var url: String
    public var user: String
    /// A command that prints the password (`pass show rss`), run without a shell to log in again when
    /// the server stops accepting the token; nil when the password came on standard input.
    public var passwordCommand: String?
    /// The library's folder, for people reading the file and `lede account list`.
    public var library: String
    /// The server's auth token from ClientLogin: never the password.
    public var token: String?

    public init(url: String, user: String, passwordCommand: String? = nil, library: String, token: String? = nil) {
        self.url = url
        self.user = user
        self.passwordCommand = passwordCommand
        self.library = library
        self.token = token
    }

    /// `user@host[:port]`: how messages name the account.
    public var name: String {
        guard let address = URL(string: url), let host = address.host else { return "\(user)@\(url)" }
        return "\(user)@\(host)" + (address.port.map { ":\($0)" } ?? "")
    }

    enum CodingKeys: String, CodingKey {
        case url, user, library, token
        case passwordCommand = "password_command"
    }
}
