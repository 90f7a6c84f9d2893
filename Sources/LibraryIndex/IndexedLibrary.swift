import ArticleModel
import ArticleStore

/// A library opened through its index: the saved index read, brought up to date with the files, and
/// saved again when anything changed. The one way the commands (`LibraryCatalog`) and the browser
/// (at start, then in the background) do it.
public struct IndexedLibrary: Sendable {
    public let root: String
    /// Where the index is saved; nil keeps it in memory only (tests).
    public let store: IndexStore?

    public init(root: String, store: IndexStore?) {
        self.root = root
        self.store = store
    }

    /// The library at `root` with its index in the cache folder.
    public init(root: String, cacheFolder: String = IndexLocation.folder()) {
        self.init(root: root, store: IndexStore(library: root, cacheFolder: cacheFolder))
    }

    /// The saved index, for this root; nil when there is none (or no store), with the reason when the
    /// saved one cannot be used (it is replaced at the next save).
    /// With `checkingLater`, the search sections are checked by the next `update` (see `IndexStore.load`).
    public func loadSaved(checkingLater: Bool = false) -> (index: LibraryIndex?, damaged: String?) {
        switch store?.load(checkingLater: checkingLater) {
        case .loaded(var index)?:
            index.root = root
            return (index, nil)
        case .damaged(let message)?:
            return (nil, message)
        case .missing?, nil:
            return (nil, nil)
        }
    }

    /// The newest `limit` rows of the saved index and how many articles it lists, read without the rest
    /// (`IndexStore.loadHead`): what a first frame draws. Nil when there is no usable saved index.
    public func savedHead(limit: Int) -> (rows: [ArticleSummary], total: Int)? {
        guard let head = store?.loadHead(limit: limit) else { return nil }
        return (head.entries.map { $0.summary(root: root) }, head.total)
    }

    /// What `update` made.
    public struct Updated: Sendable {
        public var index: LibraryIndex
        public var report: IndexUpdate
        /// Why the index could not be saved (it is good in memory all the same), naming the file.
        public var saveProblem: String?
        /// Why the previous index was found damaged when its sections were checked (it was rebuilt).
        public var damaged: String?
    }

    /// `previous` brought up to date with the files (read, analysed, indexed: `Indexer.update`), then
    /// saved when anything changed or nothing was saved before.
    public func update(
        _ previous: LibraryIndex?, options: LoadOptions, analyze: Bool = true,
        progress: (@Sendable (IndexProgress) -> Void)? = nil,
        batchRead: (@Sendable ([IndexEntry]) -> Void)? = nil
    ) throws(LoadProblem) -> Updated {
        // A damaged index left unchecked at load is dropped here, and rebuilt from the files.
        var previous = previous, damaged: String?
        do {
            try previous?.checkSections()
        } catch {
            damaged = error.description
            previous = nil
        }
        let (index, report) = try Indexer.update(previous, root: root, options: options, analyze: analyze,
                                                 progress: progress, batchRead: batchRead)
        var saveProblem: String?
        if let store, !report.isNoChange || (previous?.count ?? 0) == 0 {
            do {
                try store.save(index)
            } catch {
                saveProblem = "\(error)"
            }
        }
        return Updated(index: index, report: report, saveProblem: saveProblem, damaged: damaged)
    }
}
