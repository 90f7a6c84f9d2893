import ArticleModel
import Foundation

/// Merging two copies of the state, as a save does with what another lede wrote meanwhile.
///
/// The rules make the result the same whichever copy comes first, so every process converges:
/// - a deleted bookmark id stays deleted: its tombstone beats any copy of the bookmark;
/// - otherwise the copy the reader changed last wins its note; the copy located last wins its path,
///   fingerprint and title; the earliest creation time is kept;
/// - a read mark is last-writer-wins per path (so "mark unread" beats an older "read").
extension StateDocument {
    /// Tombstones older than this are dropped when saving: a copy of the state that has not been saved
    /// for that long could bring such a bookmark back, which is a fair trade for a file that stays small.
    public static let tombstoneLifetime: TimeInterval = 180 * 24 * 3600

    public func merged(with other: StateDocument) -> StateDocument {
        var result = self
        result.version = Self.currentVersion
        if result.library == nil { result.library = other.library }
        for (id, time) in other.deleted {
            result.deleted[id] = result.deleted[id].map { min($0, time) } ?? time
        }
        for (id, bookmark) in other.bookmarks {
            result.bookmarks[id] = result.bookmarks[id].map { Self.newer($0, bookmark) } ?? bookmark
        }
        for id in result.deleted.keys { result.bookmarks[id] = nil }
        for (path, mark) in other.read {
            result.read[path] = result.read[path].map { Self.newer($0, mark) } ?? mark
        }
        return result
    }

    /// Drops tombstones older than `tombstoneLifetime`.
    mutating func pruneTombstones(now: Date) {
        let cutoff = now.addingTimeInterval(-Self.tombstoneLifetime)
        deleted = deleted.filter { $0.value >= cutoff }
    }

    /// Two copies of one bookmark combined field by field (see the type's rules).
    static func newer(_ lhs: Bookmark, _ rhs: Bookmark) -> Bookmark {
        func order(_ bookmark: Bookmark) -> (Int64, String) {
            (StateTime.milliseconds(bookmark.modified), bookmark.note ?? "")
        }
        func placement(_ bookmark: Bookmark) -> (Int64, String, String, String) {
            (StateTime.milliseconds(bookmark.located), bookmark.path, bookmark.fingerprint, bookmark.title)
        }
        var result = order(lhs) >= order(rhs) ? lhs : rhs
        let place = placement(lhs) >= placement(rhs) ? lhs : rhs
        result.path = place.path
        result.articleID = place.articleID
        result.fingerprint = place.fingerprint
        result.title = place.title
        result.located = place.located
        result.created = min(lhs.created, rhs.created)
        return result
    }

    static func newer(_ lhs: ReadMark, _ rhs: ReadMark) -> ReadMark {
        func order(_ mark: ReadMark) -> (Int64, Int, String) {
            (StateTime.milliseconds(mark.modified), mark.read ? 1 : 0, mark.fingerprint)
        }
        return order(lhs) >= order(rhs) ? lhs : rhs
    }
}
