import Foundation
import ReadingState

/// The subscriptions of a library: `LIBRARY/feeds.opml`, OPML 2.0, meant to be edited by hand too.
public struct SubscriptionList: Sendable, Equatable {
    public static let fileName = "feeds.opml"

    public var title: String
    public var subscriptions: [Subscription]

    public init(title: String = "lede subscriptions", subscriptions: [Subscription] = []) {
        self.title = title
        self.subscriptions = subscriptions
    }

    public static func path(in libraryRoot: String) -> String {
        (libraryRoot as NSString).appendingPathComponent(fileName)
    }

    /// The library's subscriptions; none when it has no `feeds.opml`.
    public static func load(libraryRoot: String) throws -> SubscriptionList {
        let path = path(in: libraryRoot)
        guard let data = FileManager.default.contents(atPath: path) else { return SubscriptionList() }
        do {
            return try OPMLReader.parse(data)
        } catch {
            throw OPMLError(message: "\(path): \(error.localizedDescription)")
        }
    }

    /// Writes `feeds.opml` atomically and durably.
    public func save(libraryRoot: String) throws(StateFailure) {
        try DurableWrite.replace(Self.path(in: libraryRoot), with: Data(OPMLWriter.document(self).utf8))
    }

    /// The subscription `reference` names (URL or title), if any.
    public func find(_ reference: String) -> Subscription? {
        subscriptions.first { $0.url == reference } ?? subscriptions.first { $0.matches(reference) }
    }

    /// Adds a subscription unless its URL is already there; returns whether it was added.
    @discardableResult
    public mutating func add(_ subscription: Subscription) -> Bool {
        guard !subscriptions.contains(where: { $0.url == subscription.url }) else { return false }
        subscriptions.append(subscription)
        return true
    }

    /// Removes the subscription `reference` names; returns it.
    public mutating func remove(_ reference: String) -> Subscription? {
        guard let found = find(reference), let index = subscriptions.firstIndex(of: found) else { return nil }
        return subscriptions.remove(at: index)
    }

    /// Points a subscription at its new address (a permanent redirect).
    public mutating func move(_ url: String, to newURL: String) {
        guard url != newURL, let index = subscriptions.firstIndex(where: { $0.url == url }) else { return }
        if subscriptions.contains(where: { $0.url == newURL }) {
            subscriptions.remove(at: index)
        } else {
            subscriptions[index].url = newURL
        }
    }
}

/// An OPML file that cannot be read, in words.
public struct OPMLError: Error, LocalizedError, Sendable {
    public var message: String
    public init(message: String) { self.message = message }
    public var errorDescription: String? { message }
}
