import ArticleModel
import ArticleStore
import Foundation

/// The persisted index of a library: one entry per article file, newest first, with the analysis of
/// each kept apart and decoded on demand, so that a library of 100,000 articles lists at once.
public struct LibraryIndex: Sendable {
    /// The library folder, as the user named it.
    public var root: String
    /// Newest first, as the article list shows them.
    public private(set) var entries: [IndexEntry]
    public private(set) var skipped: [SkippedFile]
    private var analyses: AnalysisStore
    /// Which articles contain which terms: the search index.
    public private(set) var postings: Postings
    /// The words of each article in order, for phrases.
    public private(set) var wordSequences: WordSequences

    public init(root: String, entries: [IndexEntry] = [], analyses: [EntryAnalysis] = [],
                skipped: [SkippedFile] = []) {
        precondition(analyses.isEmpty || analyses.count == entries.count)
        self.root = root
        let order = LibraryIndex.newestFirst(entries)
        self.entries = order.map { entries[$0] }
        self.analyses = AnalysisStore(decoded: analyses.isEmpty
            ? Array(repeating: EntryAnalysis(), count: entries.count) : order.map { analyses[$0] })
        self.skipped = skipped.sorted { $0.relativePath < $1.relativePath }
        self.postings = .empty
        self.wordSequences = WordSequences(emptyFor: entries.count)
    }

    /// The check of the search sections of a loaded index, when it was left for later.
    private var pendingCheck: SectionCheck?

    init(root: String, sortedEntries: [IndexEntry], analyses: AnalysisStore, postings: Postings,
         wordSequences: WordSequences, skipped: [SkippedFile], pendingCheck: SectionCheck? = nil) {
        self.pendingCheck = pendingCheck
        self.root = root
        self.entries = sortedEntries
        self.analyses = analyses
        self.postings = postings
        self.wordSequences = wordSequences
        self.skipped = skipped
    }

    public var count: Int { entries.count }

    /// Checks the sections a load left unchecked (`IndexStore.load(checkingLater:)`), once; throws when
    /// they are damaged (the index must then be rebuilt).
    public mutating func checkSections() throws(IndexFile.Damaged) {
        guard let check = pendingCheck else { return }
        pendingCheck = nil
        try check.run()
    }

    /// The analysis digest of `entries[index]`; decoded from the index file on first use.
    public func analysis(at index: Int) throws -> EntryAnalysis {
        try analyses.analysis(at: index)
    }

    /// Every analysis digest, for views over the whole library (speakers, entities).
    public func allAnalyses() throws -> [EntryAnalysis] {
        try (0..<entries.count).map(analyses.analysis(at:))
    }

    /// The list rows of `entries`, in their order. Made in parallel, straight into the array: at 100,000
    /// articles, an id hashed and a path joined for each were a third of the browser's time to its first frame.
    public func summaries() -> [ArticleSummary] {
        let prefix = IndexEntry.prefix(of: root)
        let entries = self.entries, count = entries.count
        let runs = Parallel.runs(of: count)
        return [ArticleSummary](unsafeUninitializedCapacity: count) { buffer, initialized in
            let rows = UncheckedSendable(value: buffer.baseAddress)
            DispatchQueue.concurrentPerform(iterations: runs.count) { run in
                guard let base = rows.value else { return }
                for position in runs[run] {
                    (base + position).initialize(to: entries[position].summary(prefix: prefix))
                }
            }
            initialized = count
        }
    }

    /// The order that sorts `entries` newest first; same-day articles by title, then path.
    static func newestFirst(_ entries: [IndexEntry]) -> [Int] {
        entries.indices.sorted { left, right in
            let lhs = entries[left], rhs = entries[right]
            let leftDate = lhs.date?.value ?? .distantPast, rightDate = rhs.date?.value ?? .distantPast
            if leftDate != rightDate { return leftDate > rightDate }
            if lhs.title != rhs.title { return lhs.title < rhs.title }
            return lhs.relativePath < rhs.relativePath
        }
    }

    var analysisStore: AnalysisStore { analyses }
}
