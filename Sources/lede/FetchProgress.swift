import Foundation
import TerminalCanvas
import FeedUpdate

/// The progress line `lede fetch` keeps on a terminal's standard error: done/total, the last feed.
final class FetchProgress: @unchecked Sendable {
    private let total: Int
    private let onTerminal: Bool
    private let lock = NSLock()
    private var done = 0

    init(total: Int, onTerminal: Bool) {
        self.total = total
        self.onTerminal = onTerminal
    }

    func finished(_ report: FeedReport) {
        guard onTerminal else { return }
        let text: String = lock.withLock {
            done += 1
            let name = TextSanitizer.sanitize(report.title ?? report.url)
            return "\r\u{1B}[K[\(done)/\(total)] \(name.prefix(60))"
        }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Removes the line before the summary is printed.
    func clear() {
        guard onTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// Runs async work from a synchronous command and waits for its result.
enum Blocking {
    static func run<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            box.value = await work()
            done.signal()
        }
        done.wait()
        return box.value!
    }

    private final class ResultBox<T>: @unchecked Sendable {
        var value: T?
    }
}
