import FeedStore
import Foundation
import WebPages

/// A web page's article as the store keeps it: one folder per site, the canonical URL as its id, so
/// that a page saved twice is one article.
public enum SavedPage {
    /// The article as an item: id and link the canonical URL (else `pageURL`), the page's date.
    public static func item(_ article: ExtractedArticle, pageURL: URL?, tags: [String]) -> StoredItem {
        let address = article.url ?? pageURL?.absoluteString
        return StoredItem(id: address, title: article.title, link: address, date: date(article.date),
                          author: article.byline, text: article.text, tags: tags)
    }

    /// The site the article belongs to: its origin as the "feed", its name (else host) as the source.
    public static func site(_ article: ExtractedArticle, pageURL: URL?) -> FeedIdentity {
        let address = (article.url.flatMap(URL.init(string:)) ?? pageURL)
        guard let host = address?.host?.lowercased(), !host.isEmpty else {
            return FeedIdentity(url: "lede:saved-pages", title: article.siteName ?? "Saved pages")
        }
        let scheme = address?.scheme?.lowercased() ?? "https"
        return FeedIdentity(url: "\(scheme)://\(host)/", title: article.siteName ?? host)
    }

    /// The page's date (ISO 8601, with or without time, zone or fractions), if it gave one lede reads.
    static func date(_ text: String?) -> Date? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        for options: ISO8601DateFormatter.Options in [
            [.withInternetDateTime], [.withInternetDateTime, .withFractionalSeconds], [.withFullDate],
        ] {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = options
            if let date = formatter.date(from: text) { return date }
        }
        // A time with no zone is read as UTC rather than dropped.
        let local = DateFormatter()
        local.locale = Locale(identifier: "en_US_POSIX")
        local.timeZone = TimeZone(identifier: "UTC")
        local.dateFormat = "yyyy-MM-dd'T'HH:mm:ss"
        return local.date(from: String(text.prefix(19)))
    }
}
