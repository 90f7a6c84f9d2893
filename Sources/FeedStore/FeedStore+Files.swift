import Foundation
import ReadingState

extension FeedStore {
    /// The feed's folder, chosen (and created) on its first item: a slug of its title, else of its
    /// host, made unique among the library's other feeds.
    @discardableResult
    func folderOf(_ feed: FeedIdentity) throws(StateFailure) -> String {
        if let folder = document.feeds[feed.url]?.folder {
            try createFolder(folder)
            return folder
        }
        let host = URL(string: feed.url)?.host
        let base = SafeName.slug(feed.title ?? host, maxBytes: 60, fallback: "feed")
        let others = Set(documentFolders())
        var folder = base
        var counter = 2
        while others.contains(folder) {
            folder = "\(base)-\(counter)"
            counter += 1
        }
        document.feeds[feed.url, default: FeedState()].folder = folder
        try createFolder(folder)
        return folder
    }

    private func createFolder(_ folder: String) throws(StateFailure) {
        guard !madeFolders.contains(folder) else { return }
        let path = absolute(folder)
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) || !isFolder.boolValue {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw StateFailure(path: path, message: "\(path): cannot create the feed's folder: \(error.localizedDescription)")
            }
        }
        madeFolders.insert(folder)
    }

    /// A file name for a new item: date and title slug, unique in the folder. A file already there
    /// that holds the same item (left by a fetch cut short before it recorded it) or nothing at all is
    /// reused rather than duplicated.
    func freeName(stem base: String, in folder: String, identity: String) throws(StateFailure) -> String {
        let names = takenNames(in: folder)
        var candidate = base + ".md"
        var counter = 2
        while names.contains(candidate) {
            if isOrphan(absolute((folder as NSString).appendingPathComponent(candidate)), identity: identity) {
                return candidate
            }
            candidate = "\(base)-\(counter).md"
            counter += 1
        }
        return candidate
    }

    /// A new item's file name before it is made unique: its day and a slug of its title.
    static func fileStem(for item: StoredItem, date: Date) -> String {
        date.formatted(.iso8601.year().month().day()) + "-" + SafeName.slug(item.title, maxBytes: 80, fallback: "item")
    }

    private func takenNames(in folder: String) -> Set<String> {
        if let names = taken[folder] { return names }
        let path = absolute(folder)
        let listed = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let names = Set(DurableWrite.removingAbandonedTemporaries(listed, in: path))
        taken[folder] = names
        return names
    }

    /// Whether the file at `path` is empty or holds the item whose identity line is `identity`, and no
    /// record of any feed names it.
    private func isOrphan(_ path: String, identity: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 8192)) ?? Data(), as: UTF8.self)
        guard head.isEmpty || head.contains("\n" + identity + "\n") else { return false }
        let relative = String(path.dropFirst(libraryRoot.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        return !recordedFiles().contains(relative)
    }

    /// Creates a new item's file at `path`: names the file staged for it if there is one, else writes
    /// it. Flushed with the batch (`commit`); a fetch killed meanwhile leaves no part of it. A file
    /// already there (one that `freeName` takes over) is replaced.
    func create(_ path: String, _ prepared: PreparedItem) throws(StateFailure) {
        // (The bytes are copied only where they are written: a staged item is usually only named.)
        guard let staged = prepared.staged else {
            return try DurableWrite.create(path, with: Data(prepared.rendered.text.utf8), flush: .withBatch)
        }
        // Staged on the preparing thread: only named here. A name it cannot take (an orphan's, reused)
        // is replaced at once: staging the bytes again would fail to be named the same way.
        if try staged.link(as: path, flush: .withBatch) { return }
        try DurableWrite.replace(path, with: Data(prepared.rendered.text.utf8), flush: .withBatch)
    }

    /// Rewrites an item lede stored before, in place, when what it says has changed, and returns the
    /// digest of what it says now. A file the user deleted stays deleted.
    func rewrite(_ prepared: PreparedItem, record: ItemRecord) throws(StateFailure) -> (ItemOutcome, digest: String) {
        // The prepared text holds the fetch time only when the item has no date of its own.
        let rendered = prepared.item.date != nil || prepared.now == record.firstFetched ? prepared.rendered
            : ArticleText.render(prepared.item, feed: prepared.feed, firstFetched: record.firstFetched)
        guard rendered.digest != record.digest else { return (.unchanged(record.file), rendered.digest) }
        let path = absolute(record.file)
        guard FileManager.default.fileExists(atPath: path) else { return (.unchanged(record.file), rendered.digest) }
        try DurableWrite.replace(path, with: Data(rendered.text.utf8))
        return (.updated(record.file), rendered.digest)
    }
}
