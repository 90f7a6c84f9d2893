import ArticleModel
import Foundation
import RegularFiles

/// Bookmarks and read state of one library, as the browser uses them: changes happen in memory at once
/// and `save()` writes them (merged with what other lede processes saved) when the caller decides.
///
/// The caller saves within a second of a change (`saveIfDue()` on every tick of the run loop) and on
/// every way out (`save()` on quit, SIGTERM, SIGHUP). A failed
/// save changes nothing on disk and loses nothing in memory: `pendingChanges` stays above zero and the
/// next `save()` tries again. Not thread-safe: use it from one thread (the run loop).
public final class StateStore {
    public let file: StateFile
    /// The library as given (articles' paths start with it).
    public let libraryRoot: String
    /// The whole state as this process knows it.
    public private(set) var document: StateDocument
    /// Changes made since the last successful save.
    public private(set) var pendingChanges = 0 {
        didSet {
            if pendingChanges == 0 { unsavedSince = nil } else if oldValue == 0 { unsavedSince = now() }
        }
    }
    /// Why the last save failed; nil once a save succeeds.
    public private(set) var lastFailure: StateFailure?

    private let rootPrefix: String
    private let absoluteRoot: String
    private let canonicalRoot: String
    private var clock: StateClock
    private let now: () -> Date
    /// When the oldest unsaved change was made, and when a save last failed: for `saveIfDue`.
    private var unsavedSince: Date?
    private var lastFailedSave: Date?
    private var notices: [String]
    /// The file as this store last read or wrote it, so a save can skip parsing an unchanged file.
    private var lastSeen: StateFile.Loaded?
    private var undoStack: [Bookmark] = []
    private var index: ArticleLocator?
    /// Fingerprint → path of the newest read mark with that text, for articles that were renamed.
    /// Built on first need (nil: not built since the marks last changed wholesale).
    private var readByFingerprint: [String: String]?

    /// Opens the state of the library at `libraryRoot` kept in `file`. Never fails: a corrupt file is set
    /// aside and whatever the reader should know waits in `takeNotices()`.
    public init(libraryRoot: String, file: StateFile, now: @escaping () -> Date = Date.init) {
        self.file = file
        self.libraryRoot = libraryRoot
        var trimmed = libraryRoot
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        rootPrefix = trimmed == "/" ? "/" : trimmed + "/"
        absoluteRoot = StateLocation.absolute(libraryRoot)
        canonicalRoot = StateLocation.canonicalLibraryPath(libraryRoot)
        clock = StateClock(now: now)
        self.now = now
        let loaded = file.load()
        document = loaded.document ?? StateDocument(library: canonicalRoot)
        notices = loaded.notices
        lastSeen = loaded.document == nil ? nil : StateFile.Loaded(document: loaded.document, notices: [], identity: loaded.identity)
        invalidateReadIndex()
    }

    /// Opens the state of `libraryRoot` in the state folder chosen by `--state-dir`, `$LEDE_STATE_DIR`,
    /// `$XDG_DATA_HOME` or the default (see `StateLocation.folder`).
    public convenience init(libraryRoot: String, stateDirectory: String? = nil,
                            environment: [String: String] = ProcessInfo.processInfo.environment) {
        let folder = StateLocation.folder(explicit: stateDirectory, environment: environment)
        self.init(libraryRoot: libraryRoot, file: StateLocation.file(forLibrary: libraryRoot, in: folder))
    }

    /// Messages for the reader that arrived since the last call (a corrupt file set aside, ...).
    public func takeNotices() -> [String] {
        defer { notices = [] }
        return notices
    }

    // MARK: The library

    /// Tells the store which articles the library holds now, so bookmarks follow renamed files (by
    /// fingerprint) and edited ones (by path). Updated locations are saved with the next `save()`.
    public func attach(_ articles: [ArticleSummary]) {
        index = ArticleLocator(articles, relativePath: relativePath(of:))
        if relocate(&document) { pendingChanges += 1 }
    }

    /// The article a bookmark points at in the attached library, nil when it is gone (or nothing is attached).
    public func article(for bookmark: Bookmark) -> ArticleSummary? {
        index?.resolve(path: bookmark.path, fingerprint: bookmark.fingerprint)?.article
    }

    /// The path of an article inside the library, as bookmarks and read marks remember it.
    public func relativePath(of articlePath: String) -> String {
        if articlePath.hasPrefix(rootPrefix) { return String(articlePath.dropFirst(rootPrefix.count)) }
        let absolute = StateLocation.absolute(articlePath)
        if let relative = Self.relative(absolute, to: absoluteRoot) { return relative }
        let canonical = StateLocation.canonicalLibraryPath(articlePath)
        if let relative = Self.relative(canonical, to: canonicalRoot) { return relative }
        return absolute  // outside the library: remembered by its absolute path
    }

    private static func relative(_ path: String, to root: String) -> String? {
        if path == root { return (path as NSString).lastPathComponent }  // a library of one file
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : nil
    }

    // MARK: Bookmarks

    /// All bookmarks, newest first.
    public var bookmarks: [Bookmark] { document.bookmarkList }

    /// The bookmarks on `article` (on it and on its quotations), newest first.
    public func bookmarks(for article: ArticleSummary) -> [Bookmark] {
        let path = relativePath(of: article.path)
        let matching = document.bookmarks.values.filter { belongs($0, toPath: path, fingerprint: article.fingerprint) }
        return StateDocument(bookmarks: Array(matching)).bookmarkList
    }

    /// Whether the article (or, given `quote`, that quotation of it) is bookmarked.
    public func isBookmarked(_ article: ArticleSummary, quote: Quote? = nil) -> Bool {
        bookmarks(for: article).contains { Self.sameTarget($0.quote, quote) }
    }

    /// `b`: bookmarks the article (or the quotation), or removes its bookmark if it has one.
    /// Returns the new bookmark, or nil when one was removed (`undo()` brings it back).
    @discardableResult
    public func toggleBookmark(_ article: ArticleSummary, quote: Quote? = nil) -> Bookmark? {
        let existing = bookmarks(for: article).filter { Self.sameTarget($0.quote, quote) }
        if existing.isEmpty { return addBookmark(article, quote: quote) }
        for bookmark in existing { deleteBookmark(id: bookmark.id) }
        return nil
    }

    /// Bookmarks the article (or the quotation) unless it already is; a given note replaces the old one.
    @discardableResult
    public func addBookmark(_ article: ArticleSummary, quote: Quote? = nil, note: String? = nil) -> Bookmark {
        if let existing = bookmarks(for: article).first(where: { Self.sameTarget($0.quote, quote) }) {
            guard let note else { return existing }
            return setNote(note, forBookmark: existing.id) ?? existing
        }
        let path = relativePath(of: article.path)
        let bookmark = Bookmark(
            articleID: ArticleID(relativePath: path), path: path, fingerprint: article.fingerprint,
            title: article.title, quote: quote.map(BookmarkedQuote.init), note: Self.cleanNote(note),
            created: clock.stamp())
        document.bookmarks[bookmark.id] = bookmark
        pendingChanges += 1
        return bookmark
    }

    /// Sets (or, with nil or blank text, removes) a bookmark's note. Returns the changed bookmark, nil
    /// when there is no bookmark with that id.
    @discardableResult
    public func setNote(_ note: String?, forBookmark id: String) -> Bookmark? {
        guard var bookmark = document.bookmarks[id] else { return nil }
        let cleaned = Self.cleanNote(note)
        guard cleaned != bookmark.note else { return bookmark }
        bookmark.note = cleaned
        bookmark.modified = clock.stamp()
        document.bookmarks[id] = bookmark
        pendingChanges += 1
        return bookmark
    }

    /// Deletes a bookmark; `undo()` restores it. Returns what was deleted.
    @discardableResult
    public func deleteBookmark(id: String) -> Bookmark? {
        guard let bookmark = document.bookmarks.removeValue(forKey: id) else { return nil }
        document.deleted[id] = clock.stamp()
        undoStack.append(bookmark)
        pendingChanges += 1
        return bookmark
    }

    public var canUndo: Bool { !undoStack.isEmpty }

    /// Restores the last deleted bookmark (note and creation time included) and returns it. It gets a new
    /// id: the deletion may already be saved, and a deleted id stays deleted in every merge.
    @discardableResult
    public func undo() -> Bookmark? {
        guard var bookmark = undoStack.popLast() else { return nil }
        bookmark.id = UUID().uuidString
        bookmark.modified = clock.stamp()
        document.bookmarks[bookmark.id] = bookmark
        pendingChanges += 1
        return bookmark
    }

    // MARK: Read state

    public func isRead(_ article: ArticleSummary) -> Bool {
        let path = relativePath(of: article.path)
        if let mark = document.read[path] { return mark.read }
        // A renamed article keeps its read state; a file still at the other path keeps its own.
        if readByFingerprint == nil { readByFingerprint = Self.newestReadPaths(document.read) }
        if let other = readByFingerprint?[article.fingerprint], other != path, !exists(other) {
            return document.read[other]?.read ?? false
        }
        return false
    }

    /// Opening an article marks it read. Returns whether that changed anything.
    @discardableResult
    public func markRead(_ article: ArticleSummary) -> Bool {
        guard !isRead(article) else { return false }
        setRead(article, true)
        return true
    }

    /// `u`: read becomes unread and back. Returns the new state.
    @discardableResult
    public func toggleRead(_ article: ArticleSummary) -> Bool {
        let read = !isRead(article)
        setRead(article, read)
        return read
    }

    public func setRead(_ article: ArticleSummary, _ read: Bool) {
        let path = relativePath(of: article.path)
        document.read[path] = ReadMark(path: path, fingerprint: article.fingerprint, read: read, modified: clock.stamp())
        readByFingerprint?[article.fingerprint] = path
        pendingChanges += 1
    }

    public func unreadCount(_ articles: [ArticleSummary]) -> Int {
        articles.reduce(0) { $0 + (isRead($1) ? 0 : 1) }
    }

    // MARK: Saving, reloading, importing

    /// Writes the changes durably, merged under the lock with what other lede processes saved, and takes
    /// their changes in. Cheap when nothing changed.
    public func save() -> SaveOutcome {
        guard pendingChanges > 0 else { return .unchanged }
        let local = document
        do throws(StateFailure) {
            let written = try file.update(known: lastSeen) { disk in
                var merged = (disk ?? StateDocument()).merged(with: local)
                merged.library = canonicalRoot
                merged.pruneTombstones(now: clock.stamp())
                _ = relocate(&merged)
                return merged
            }
            document = written.document ?? local
            notices += written.notices
            lastSeen = StateFile.Loaded(document: written.document, notices: [], identity: written.identity)
            pendingChanges = 0
            lastFailure = nil
            lastFailedSave = nil
            invalidateReadIndex()
            return .saved
        } catch {
            let failure = StateFailure(path: error.path, message: "cannot save bookmarks and read state: \(error.message)")
            lastFailure = failure
            lastFailedSave = now()
            return .failed(failure)
        }
    }

    /// For the run loop to call on every tick: saves once a change has waited `delay` seconds (a burst of
    /// key presses becomes one write, and no change waits much longer than that), and after a failed
    /// save retries every `retry` seconds instead of on every tick. Returns nil when it was not time.
    public func saveIfDue(delay: TimeInterval = 0.5, retry: TimeInterval = 5) -> SaveOutcome? {
        guard pendingChanges > 0, let since = unsavedSince else { return nil }
        let current = now()
        guard current.timeIntervalSince(since) >= delay else { return nil }
        if let failed = lastFailedSave, current.timeIntervalSince(failed) < retry { return nil }
        return save()
    }

    /// Takes in what other lede processes saved, without writing anything.
    public func reload() {
        let loaded = file.load()
        notices += loaded.notices
        guard let disk = loaded.document else { return }
        lastSeen = StateFile.Loaded(document: disk, notices: [], identity: loaded.identity)
        document = disk.merged(with: document)
        if relocate(&document) { pendingChanges += 1 }
        invalidateReadIndex()
    }

    /// What `importing(_:applyDeletions:)` did.
    public struct ImportSummary: Sendable, Equatable {
        public var added = 0
        public var updated = 0
        public var unchanged = 0
        /// Bookmarks in the file that were deleted here (or in the file): a delete is not undone by an import.
        public var alreadyDeleted = 0
        /// Bookmarks of this state that the file's deletions removed.
        public var deleted = 0
        /// Bookmarks of this state that the file deletes, left alone because deletions were not asked for.
        public var deletionsSkipped = 0
        /// Bookmarks of this state that the file deletes too long ago (past `tombstoneLifetime`): left alone.
        public var deletionsExpired = 0
    }

    /// Merges an export (or another state file) into this state; saved with the next `save()`.
    ///
    /// The file's deletions remove bookmarks here only with `applyDeletions`, and never when they are
    /// older than `StateDocument.tombstoneLifetime` (a stale copy must not empty a fresh state).
    @discardableResult
    public func importing(_ other: StateDocument, applyDeletions: Bool = false) -> ImportSummary {
        var summary = ImportSummary()
        var incoming = other
        let cutoff = now().addingTimeInterval(-StateDocument.tombstoneLifetime)
        incoming.deleted = [:]
        for (id, time) in other.deleted {
            // The file's own deleted bookmarks are never imported, whatever happens to the tombstone.
            incoming.bookmarks[id] = nil
            let here = document.bookmarks[id] != nil
            if time < cutoff {
                if here { summary.deletionsExpired += 1 }
            } else if applyDeletions {
                incoming.deleted[id] = time
                if here { summary.deleted += 1 }
            } else if here {
                summary.deletionsSkipped += 1
            }
        }
        for bookmark in other.bookmarks.values {
            if document.deleted[bookmark.id] != nil || other.deleted[bookmark.id] != nil {
                summary.alreadyDeleted += 1
            } else if let current = document.bookmarks[bookmark.id] {
                if StateDocument.newer(current, bookmark) == current { summary.unchanged += 1 } else { summary.updated += 1 }
            } else {
                summary.added += 1
            }
        }
        let merged = document.merged(with: incoming)
        if merged != document {
            document = merged
            _ = relocate(&document)
            pendingChanges += 1
            invalidateReadIndex()
        }
        return summary
    }

    // MARK: Helpers

    /// Points bookmarks whose file moved or changed at the article they now resolve to. Returns whether
    /// any changed.
    private func relocate(_ state: inout StateDocument) -> Bool {
        guard let index else { return false }
        var changed = false
        for (id, bookmark) in state.bookmarks {
            guard let found = index.resolve(path: bookmark.path, fingerprint: bookmark.fingerprint) else { continue }
            let article = found.article
            guard found.path != bookmark.path || article.fingerprint != bookmark.fingerprint
                || article.title != bookmark.title else { continue }
            var moved = bookmark
            moved.path = found.path
            moved.articleID = ArticleID(relativePath: found.path)
            moved.fingerprint = article.fingerprint
            moved.title = article.title
            moved.located = clock.stamp()
            state.bookmarks[id] = moved
            changed = true
        }
        return changed
    }

    private func belongs(_ bookmark: Bookmark, toPath path: String, fingerprint: String) -> Bool {
        if let index {
            return index.resolve(path: bookmark.path, fingerprint: bookmark.fingerprint)?.path == path
        }
        // No library attached: the same path, else the same text when the bookmark's own file is gone
        // (it moved). Two files that both exist never share a bookmark, copies included.
        if bookmark.path == path { return true }
        return bookmark.fingerprint == fingerprint && !exists(bookmark.path)
    }

    /// Whether the library holds a file at `path` (library-relative): by the attached article list,
    /// else by the file system.
    private func exists(_ path: String) -> Bool {
        if let index { return index.contains(path: path) }
        let absolute = path.hasPrefix("/") ? path : rootPrefix + path
        return FileName.status(absolute) != nil
    }

    private static func sameTarget(_ saved: BookmarkedQuote?, _ quote: Quote?) -> Bool {
        switch (saved, quote) {
        case (nil, nil): true
        case let (saved?, quote?): saved.text == quote.text
        default: false
        }
    }

    private static func cleanNote(_ note: String?) -> String? {
        guard let trimmed = note?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    private func invalidateReadIndex() {
        readByFingerprint = nil
    }

    private static func newestReadPaths(_ marks: [String: ReadMark]) -> [String: String] {
        var newest: [String: (time: Int64, path: String)] = [:]
        for mark in marks.values {
            let candidate = (time: StateTime.milliseconds(mark.modified), path: mark.path)
            if let current = newest[mark.fingerprint], (current.time, current.path) >= (candidate.time, candidate.path) { continue }
            newest[mark.fingerprint] = candidate
        }
        return newest.mapValues(\.path)
    }
}
