import BrowserUI
import FeedSync
import FeedUpdate
import Foundation

/// The browser's one way in: every answer to an effect, whether it was worked out on the run loop (an
/// article read) or in the background (indexing news, search answers, counts), is posted here and taken
/// by the run loop in order, as in Bubble Tea's single message channel. Posting wakes the terminal's
/// wait with the closure the terminal layer handed in, so a background answer is drawn at once.
///
/// New background work (fetching feeds, say) posts its progress as one more `Action` from its job:
/// `inbox.post(.someProgress(…))` in a job given to the `WorkExecutor`, and the reducer handles it.
public final class Inbox: @unchecked Sendable {
    /// What arrives: an action for the reducer, or an answer that first updates the runtime's own data
    /// (the index, the counts) and then becomes actions.
    enum Message: Sendable {
        case action(Action)
        case indexed(IndexingOutcome)
        case counted(LibraryTallies?, generation: Int, failure: String?)
        /// One feed of `r`'s fetch is done (`FeedFetching`).
        case feedFetched(FeedReport)
        /// The sync with the library's feed server has come this far (`FeedSyncing`).
        case syncStep(String)
        /// The whole fetch (and sync, when the library has an account) is done, or could not start: the reason.
        case feedsDone(failure: String?, sync: SyncReport?)
    }

    private let lock = NSLock()
    private var messages: [Message] = []
    private var wakeUp: @Sendable () -> Void = {}

    public init() {}

    /// Hands `action` to the reducer on the run loop. Safe from any thread.
    public func post(_ action: Action) {
        post(.action(action))
    }

    func post(_ message: Message) {
        let (first, wake) = lock.withLock {
            messages.append(message)
            return (messages.count == 1, wakeUp)
        }
        // A queue that was not empty already has a wake-up on its way.
        if first { wake() }
    }

    /// The oldest message not yet taken.
    func take() -> Message? {
        lock.withLock { messages.isEmpty ? nil : messages.removeFirst() }
    }

    /// Makes the terminal's wait end now with `wakeUp` (the closure the terminal layer handed in).
    func setWakeUp(_ wakeUp: @escaping @Sendable () -> Void) {
        lock.withLock { self.wakeUp = wakeUp }
    }

    /// Ends the terminal's wait now, so that the run loop ticks.
    func wake() {
        lock.withLock { wakeUp }()
    }
}
