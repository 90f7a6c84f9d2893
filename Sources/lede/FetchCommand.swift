import ArgumentParser
import FeedStore
import FeedUpdate
import Foundation
import HTTPFetch
import ReadingState
import TerminalCanvas

/// `lede fetch [URL|NAME...]`: fetch the subscriptions and store their new items as articles.
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch every subscription (or the named ones) and store new items as articles.",
        discussion: "Exit codes: 0 every feed was fetched, 1 some failed (each is named with its reason), 2 a usage error."
    )

    @Argument(help: "Feeds to fetch, by URL or name; default: all.") var feeds: [String] = []
    @Flag(help: "One JSON object per feed per line: url, new, updated, status, error.") var json = false
    @Flag(name: .customLong("full-text"),
          help: "Store each new item's web page article instead of the feed's summary (always on for feeds added with --full-text).")
    var fullText = false
    @OptionGroup var options: SubscriptionOptions

    func run() throws {
        let root = try options.root()
        let list = try options.load(root)
        let chosen = try feeds.isEmpty ? list.subscriptions : feeds.map { reference in
            guard let found = list.find(reference) else {
                throw ValidationError("no subscription named \(reference); see `lede feeds list`")
            }
            return found
        }
        let progress = FetchProgress(total: chosen.count, onTerminal: !json && isatty(STDERR_FILENO) == 1)
        let outcome = Blocking.run { () async -> Result<[FeedReport], any Error> in
            let fetcher = HTTPFetcher(policy: FetchPolicy(userAgent: "lede/\(Lede.version)"))
            do {
                let updater = try FeedUpdater(libraryRoot: root, fetcher: fetcher, fullText: fullText)
                let reports = try await updater.update(chosen) { progress.finished($0) }
                await fetcher.shutdown()
                return .success(reports)
            } catch {
                await fetcher.shutdown()
                return .failure(error)
            }
        }
        progress.clear()
        let reports: [FeedReport]
        switch outcome {
        case .success(let done): reports = done
        case .failure(let error as StateFailure): throw FileFailure(error.message)
        case .failure(let error): throw FileFailure(error.localizedDescription)
        }
        try print(reports)
        if reports.contains(where: { $0.status == .failed }) { throw ExitCode(1) }
    }

    private func print(_ reports: [FeedReport]) throws {
        if json {
            try Output.jsonLines(reports.map(FetchRecord.init))
            return
        }
        Output.lines(reports.map(FetchRecord.line))
        for report in reports where report.status == .failed {
            Output.error("\(report.url): \(report.error ?? "failed")")
        }
    }
}

/// One feed's line of `lede fetch --json`.
struct FetchRecord: Encodable {
    var url: String
    var new: Int
    var updated: Int
    var status: String
    @Nullable var error: String?
    /// Only when some new item was fetched for its full text.
    var fullText: Int?
    var summaryKept: Int?

    init(_ report: FeedReport) {
        url = TextSanitizer.sanitize(report.url)
        new = report.new
        updated = report.updated
        status = report.status.rawValue
        error = report.error.map(TextSanitizer.sanitize)
        if report.fullText + report.summaryKept > 0 {
            fullText = report.fullText
            summaryKept = report.summaryKept
        }
    }

    enum CodingKeys: String, CodingKey {
        case url, new, updated, status, error
        case fullText = "full_text", summaryKept = "summary_kept"
    }

    /// The summary line a pipe gets for each feed.
    static func line(_ report: FeedReport) -> String {
        let name = report.title ?? report.url
        let moved = report.movedFrom.map { " (moved from \($0))" } ?? ""
        switch report.status {
        case .fetched: return "\(name): \(report.new) new, \(report.updated) updated\(moved)\(fullTextNote(report))"
        case .notModified: return "\(name): not modified\(moved)"
        case .deferred: return "\(name): skipped, \(report.error ?? "deferred")"
        case .failed: return "\(name): failed, \(report.error ?? "")"
        }
    }

    /// How many new items got their page's article, and why the summary was kept for the others.
    static func fullTextNote(_ report: FeedReport) -> String {
        guard report.summaryKept > 0 else { return report.fullText > 0 ? " (\(report.fullText) full text)" : "" }
        let reason = report.fullTextError.map { "; \($0)" } ?? ""
        return " (\(report.fullText) full text, summary kept for \(report.summaryKept)\(reason))"
    }
}
