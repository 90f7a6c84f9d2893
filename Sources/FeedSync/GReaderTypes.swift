import Foundation

/// `subscription/list`: the server's subscriptions with their folders (labels).
struct GReaderSubscriptionList: Decodable {
    var subscriptions: [GReaderSubscription]
}

struct GReaderSubscription: Decodable, Sendable {
    /// `feed/<server's id>`: how edits and items name the feed.
    var id: String
    var title: String?
    var categories: [GReaderCategory]?
    /// The feed's address (absent on a few servers: then it follows `feed/` in the id).
    var url: String?

    var feedURL: String {
        if let url, !url.isEmpty { return url }
        return id.hasPrefix("feed/") ? String(id.dropFirst(5)) : id
    }

    /// The first label, lede's folder for the feed.
    var folder: String? {
        categories?.compactMap { $0.label ?? $0.id.components(separatedBy: "/label/").last }.first
    }
}

struct GReaderCategory: Decodable, Sendable {
    var id: String
    var label: String?
}

/// One page of `stream/contents`.
struct GReaderStream: Decodable {
    var items: [GReaderItem]
    var continuation: String?
}

/// An item of the reading list.
struct GReaderItem: Decodable, Sendable {
    struct Link: Decodable, Sendable { var href: String? }
    struct Content: Decodable, Sendable { var content: String? }
    struct Origin: Decodable, Sendable {
        var streamId: String?
        var title: String?
    }

    var id: String
    var title: String?
    var published: Double?
    var canonical: [Link]?
    var alternate: [Link]?
    var categories: [String]?
    var origin: Origin?
    var summary: Content?
    var content: Content?
    var author: String?
    var enclosure: [Link]?

    var link: String? { (canonical ?? []).compactMap(\.href).first ?? (alternate ?? []).compactMap(\.href).first }
    var isRead: Bool { categories?.contains { $0.hasSuffix("/state/com.google/read") } ?? false }
    var isStarred: Bool { categories?.contains { $0.hasSuffix("/state/com.google/starred") } ?? false }
}

/// One page of `stream/items/ids`.
struct GReaderItemRefs: Decodable {
    struct Ref: Decodable { var id: String }
    var itemRefs: [Ref]?
    var continuation: String?
}

