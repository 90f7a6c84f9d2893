import ArticleModel
import ArticleStore
import Foundation
import TextAnalysis

/// How far an indexing run has come, for progress bars.
public struct IndexProgress: Sendable, Equatable {
    public var done: Int
    public var total: Int
    public var elapsed: TimeInterval

    /// Articles per second so far.
    public var rate: Double { elapsed > 0 ? Double(done) / elapsed : 0 }

    /// Seconds left at the current rate, when it can be told.
    public var remaining: TimeInterval? {
        rate > 0 ? Double(total - done) / rate : nil
    }
}

/// What an update did.
public struct IndexUpdate: Sendable, Equatable {
    public var added = 0
    public var changed = 0
    public var removed = 0
    public var unchanged = 0
    /// Files that could not be read (new or changed since last time), or that loaded with a warning.
    public var problems: [LoadProblem] = []

    public var isNoChange: Bool { added == 0 && changed == 0 && removed == 0 }
}

/// Brings an index up to date with its library folder: files whose size and modification time are
/// unchanged keep their entry (and analysis) untouched; new and changed files are read and analysed,
/// in parallel and in batches so that progress can be shown; removed files are dropped.
public enum Indexer {
    public static let batchSize = 512

    /// `progress` is told after each batch how far the run has come; `batchRead` is given the entries
    /// of each batch as they are read (new and changed files), so that a list can fill as it goes.
    public static func update(
        _ previous: LibraryIndex?, root: String, options: LoadOptions = LoadOptions(), analyze: Bool = true,
        progress: (@Sendable (IndexProgress) -> Void)? = nil,
        batchRead: (@Sendable ([IndexEntry]) -> Void)? = nil
    ) throws(LoadProblem) -> (LibraryIndex, IndexUpdate) {
        var report = IndexUpdate()
        let stamps = try Library.scan(root, problems: &report.problems)

        var known: [String: Int] = [:]
        if let previous {
            for (position, entry) in previous.entries.enumerated() { known[entry.relativePath] = position }
        }
        var knownSkipped: [String: SkippedFile] = [:]
        for file in previous?.skipped ?? [] { knownSkipped[file.relativePath] = file }

        var entries: [IndexEntry] = []
        var postings = PostingsBuilder()
        // Where each entry of the previous index lands in `entries`, for carrying its postings over.
        var carried = [Int?](repeating: nil, count: previous?.entries.count ?? 0)
        var skipped: [SkippedFile] = []
        var toRead: [FileStamp] = []
        var carriedPositions: [Int] = []
        for stamp in stamps {
            if let previous, let position = known[stamp.relativePath], previous.entries[position].isCurrent(for: stamp) {
                carriedPositions.append(position)
                report.unchanged += 1
            } else if let file = knownSkipped[stamp.relativePath], file.fileSize == stamp.size,
                      file.modified == stamp.modified {
                skipped.append(file)
                report.unchanged += 1
            } else {
                if known[stamp.relativePath] != nil || knownSkipped[stamp.relativePath] != nil {
                    report.changed += 1
                } else {
                    report.added += 1
                }
                toRead.append(stamp)
            }
        }
        let present = Set(stamps.map(\.relativePath))
        report.removed = (previous?.entries.filter { !present.contains($0.relativePath) }.count ?? 0)
            + (previous?.skipped.filter { !present.contains($0.relativePath) }.count ?? 0)

        // Nothing to read and nothing gone: the previous index is the answer, as it is. Rebuilding it
        // from itself cost seconds and hundreds of megabytes at 100,000 articles, at every start.
        if var previous, toRead.isEmpty, report.removed == 0 {
            previous.root = root
            return (previous, report)
        }

        // Analysis digests and word sequences are written where they will be saved from, carried ones
        // first. Their sizes are guessed from the bytes to read (digests about a fifth, sequences about
        // a third of an article's file) and from what is carried; a guess too large costs only address
        // space, as pages never written are never given memory.
        let toReadBytes = min(toRead.reduce(0) { $0 + min($1.size, options.maxFileSize) }, 1 << 30)
        var analyses = BlobSectionBuilder(capacity: toReadBytes / 3 + (previous?.analysisStore.byteCount ?? 0))
        var sequences = WordSequencesBuilder(capacity: toReadBytes / 2 + (previous?.wordSequences.section.byteCount ?? 0))

        // Unchanged entries come first, in their previous order, so that each term's carried postings
        // arrive in build order, as the postings builder needs them.
        carriedPositions.sort()
        if let previous {
            for position in carriedPositions {
                carried[position] = entries.count
                entries.append(previous.entries[position])
                analyses.append { previous.analysisStore.append(position, to: &$0) }
                sequences.append(carried: previous.wordSequences, position: position)
            }
        }

        // Carried terms keep their numbers, which the carried word sequences are written in.
        previous?.postings.forEachTerm { term, number, hits in
            let number = postings.register(term, number: Int(number))
            for hit in hits {
                if let article = carried[hit.position] {
                    postings.add(number: number, article: article, occurrences: hit.occurrences)
                }
            }
        }

        let started = Date()
        progress?(IndexProgress(done: 0, total: toRead.count, elapsed: 0))
        for batchStart in stride(from: 0, to: toRead.count, by: batchSize) {
            let batch = Array(toRead[batchStart..<min(batchStart + batchSize, toRead.count)])
            // Everything per article is done by the workers, the article itself let go there too: on the
            // indexing thread only the postings are merged, so that the other cores wait less for it.
            let results = Parallel.map(batch.count) { index in
                Result { () throws(LoadProblem) in try read(batch[index], options: options, analyze: analyze) }
            }
            let firstNew = entries.count
            for (stamp, result) in zip(batch, results) {
                switch result {
                case .success(let read):
                    let numbers = postings.add(article: entries.count, terms: read.terms)
                    sequences.append(words: read.terms.words, numbers: numbers, titleWords: read.terms.titleWords)
                    entries.append(read.entry)
                    analyses.append { $0.raw(read.blob) }
                    report.problems += read.warnings
                case .failure(let problem):
                    skipped.append(SkippedFile(relativePath: stamp.relativePath, fileSize: stamp.size,
                                               modified: stamp.modified, reason: problem.description))
                    report.problems.append(problem)
                }
            }
            if let batchRead, entries.count > firstNew { batchRead(Array(entries[firstNew...])) }
            progress?(IndexProgress(done: batchStart + batch.count, total: toRead.count,
                                    elapsed: Date().timeIntervalSince(started)))
        }

        let order = LibraryIndex.newestFirst(entries)
        var positions = [Int](repeating: 0, count: entries.count)
        for (position, article) in order.enumerated() { positions[article] = position }
        let index = LibraryIndex(
            root: root, sortedEntries: order.map { entries[$0] },
            analyses: AnalysisStore(encoded: analyses.build(order: order)),
            postings: postings.build(positions: positions),
            wordSequences: sequences.build(order: order),
            skipped: skipped.sorted { $0.relativePath < $1.relativePath })
        return (index, report)
    }

    /// One file for the index, step by step: read into an article, analysed, cut into the entry, the
    /// analysis digest and the search terms.
    fileprivate static func read(_ stamp: FileStamp, options: LoadOptions, analyze: Bool) throws(LoadProblem) -> ReadArticle {
        let loaded = try ArticleLoader.load(path: stamp.path, relativePath: stamp.relativePath, options: options)
        var article = loaded.article
        if analyze { article.analysis = Analyzer().analyze(article.blocks) }
        return ReadArticle(
            entry: IndexEntry(relativePath: stamp.relativePath, title: article.title, source: article.source,
                              date: article.date, fingerprint: article.fingerprint, fileSize: stamp.size,
                              modified: stamp.modified),
            blob: AnalysisStore.encode(EntryAnalysis(article.analysis)),
            terms: SearchTerms.of(article), warnings: loaded.warnings)
    }
}

/// What a worker makes of one article file for the index.
private struct ReadArticle: Sendable {
    var entry: IndexEntry
    var blob: [UInt8]
    var terms: ArticleTerms
    var warnings: [LoadProblem]
}
