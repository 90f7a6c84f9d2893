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
    var holdsWorkForFirstFrame: Bool { heldForFirstFrame != nil }
}
