import ArgumentParser
import ArticleStore
import Foundation
import LibraryIndex

/// `lede index [LIBRARY]`: brings the library's index up to date, with a progress bar on a terminal.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build or update the index of a library (a cache in $XDG_CACHE_HOME/lede).",
        discussion: "Only new and changed files are read. Quiet unless standard error is a terminal."
    )

    @Argument(help: "A folder of articles; default: $LEDE_LIBRARY, else the bundled sample library.")
    var library: String?

    @Flag(help: "Forget the existing index and read every file again.")
    var rebuild = false

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        let root = try LibraryLocator.resolve(library)
        let bar = isatty(STDERR_FILENO) == 1 ? ProgressBar() : nil
        let (_, report) = try LibraryCatalog.open(root, options: reading.loadOptions(), rebuild: rebuild,
                                                  failOnSaveError: true) {
            bar?.show($0)
        }
        bar?.finish(report)
    }
}

/// A one-line progress bar on standard error: articles indexed, rate and time left.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()

    func show(_ progress: IndexProgress) {
        guard progress.total > 0 else { return }
        let width = 24
        let filled = progress.total == 0 ? width : width * progress.done / progress.total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let left = progress.remaining.map { " " + Self.duration($0) + " left" } ?? ""
        let line = "\r\(bar) \(progress.done)/\(progress.total)  \(Int(progress.rate))/s\(left)\u{1B}[K"
        lock.withLock { StandardStream.err(line) }
    }

    func finish(_ report: IndexUpdate) {
        let line = "\r\u{1B}[Kindexed: \(report.added) new, \(report.changed) changed, \(report.removed) removed, "
            + "\(report.unchanged) unchanged\n"
        StandardStream.err(line)
    }

    static func duration(_ seconds: TimeInterval) -> String {
        let total = Int(seconds.rounded())
        return String(format: "%d:%02d", total / 60, total % 60)
    }
}
