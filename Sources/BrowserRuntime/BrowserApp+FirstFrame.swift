import LibraryIndex

/// Background work held until the first frame is drawn: the first frame needs only the list, and on a
/// two-core machine the indexer's check of the library and the preview's read and analysis of the
/// first article took the processor from the run loop (and added their memory) before anything showed.
extension BrowserApp {
    /// Holds indexing and article loads asked for from now until the first tick, which the terminal
    /// runner makes right after the first frame is drawn (`terminalStarted` wakes it).
    public func holdWorkUntilFirstFrame() {
        if heldForFirstFrame == nil { heldForFirstFrame = [] }
    }

    /// Runs `work` now, or at the first tick when work is held for the first frame.
    func afterFirstFrame(_ work: @escaping () -> Void) {
        guard heldForFirstFrame != nil else { return work() }
        heldForFirstFrame?.append(work)
    }

    /// The first frame is drawn: the held work starts, in the order it was asked for.
    func releaseWorkHeldForFirstFrame() {
        guard let held = heldForFirstFrame else { return }
        heldForFirstFrame = nil
        for work in held { work() }
    }

    /// Whether the first tick has something to start, so that it must come at once.
    var holdsWorkForFirstFrame: Bool { heldForFirstFrame != nil || savedIndexPending }

    /// How many of the newest rows a first frame may need: the list of the tallest terminal.
    public static let headRows = 300

    /// At the first tick of a browser opened on the newest rows of its index (`head`): the whole saved
    /// index read and listed in their place. Read on the run loop, before any key is handled, so that
    /// every key acts on the whole list, and before the reading state is attached and the held work
    /// (indexing, which starts from this index) begins.
    func readSavedIndexIfDue() {
        guard savedIndexPending else { return }
        savedIndexPending = false
        let (saved, notice) = IndexedLibrary(root: libraryRoot, store: indexStore).loadSaved(checkingLater: true)
        index = saved ?? LibraryIndex(root: libraryRoot)
        summaries = index.summaries()
        searchWork.indexChanged()
        dispatch(.libraryUpdated(summaries, problems: 0))
        if let notice { dispatch(.problem(notice)) }
    }
}
