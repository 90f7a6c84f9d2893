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
    public func loadSaved() -> (index: LibraryIndex?, damaged: String?) {
        switch store?.load() {
        case .loaded(var index)?:
            index.root = root
            return (index, nil)
        case .damaged(let message)?:
            return (nil, message)
        case .missing?, nil:
            return (nil, nil)
        }
    }

    /// What `update` made.
    public struct Updated: Sendable {
        public var index: LibraryIndex
        public var report: IndexUpdate
        /// Why the index could not be saved (it is good in memory all the same), naming the file.
        public var saveProblem: String?
    }

    /// `previous` brought up to date with the files (read, analysed, indexed: `Indexer.update`), then
    /// saved when anything changed or nothing was saved before.
    public func update(
        _ previous: LibraryIndex?, options: LoadOptions, analyze: Bool = true,
        progress: (@Sendable (IndexProgress) -> Void)? = nil,
        batchRead: (@Sendable ([IndexEntry]) -> Void)? = nil
    ) throws(LoadProblem) -> Updated {
        let (index, report) = try Indexer.update(previous, root: root, options: options, analyze: analyze,
                                                 progress: progress, batchRead: batchRead)
        var saveProblem: String?
        if let store, !report.isNoChange || (previous?.count ?? 0) == 0 {
            do {
                try store.save(index)
            } catch {
                saveProblem = "\(store.path): cannot save the index (\(error.localizedDescription))"
            }
        }
        return Updated(index: index, report: report, saveProblem: saveProblem)
    }
}
