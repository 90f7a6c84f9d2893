/// Admits at most so many requests per host, and so many in all, at a time; the rest wait in order.
actor HostGate {
    private let perHost: Int
    private let total: Int
    private var running: [String: Int] = [:]
    private var runningTotal = 0
    private var waiting: [(host: String, resume: CheckedContinuation<Void, Never>)] = []

    init(perHost: Int, total: Int) {
        self.perHost = max(1, perHost)
        self.total = max(1, total)
    }

    /// Waits until `host` may have one more request in flight, and counts it.
    func enter(_ host: String) async {
        if canRun(host) {
            admit(host)
            return
        }
        await withCheckedContinuation { waiting.append((host, $0)) }
    }

    /// Counts one request to `host` as finished and admits whoever waited longest and may now run.
    func leave(_ host: String) {
        running[host, default: 1] -= 1
        if running[host] == 0 { running[host] = nil }
        runningTotal -= 1
        var index = 0
        while index < waiting.count {
            if canRun(waiting[index].host) {
                let next = waiting.remove(at: index)
                admit(next.host)
                next.resume.resume()
            } else {
                index += 1
            }
        }
    }

    private func canRun(_ host: String) -> Bool {
        runningTotal < total && running[host, default: 0] < perHost
    }

    private func admit(_ host: String) {
        running[host, default: 0] += 1
        runningTotal += 1
    }
}
