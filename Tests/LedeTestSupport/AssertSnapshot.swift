import Foundation
import TerminalCanvas
import Testing

/// Compares `text` with the baseline `name.txt` in the `__Snapshots__` folder next to the calling test
/// file. A missing baseline is written and the test fails saying so; `LEDE_RECORD_SNAPSHOTS=1`
/// rewrites every baseline (and fails, so a recording run is never mistaken for a passing one).
public func assertSnapshot(text: String, named name: String, filePath: String = #filePath,
                           sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = folder.appendingPathComponent(name + ".txt")
    let recording = ProcessInfo.processInfo.environment["LEDE_RECORD_SNAPSHOTS"] == "1"
    let baseline = try? String(contentsOf: file, encoding: .utf8)
    if baseline == nil || recording {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("Could not write the snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
            return
        }
        let why = baseline == nil ? "No baseline existed" : "LEDE_RECORD_SNAPSHOTS=1"
        Issue.record("\(why): recorded \(file.path). Review it, then run the test again.", sourceLocation: sourceLocation)
        return
    }
    if let baseline, baseline != text {
        Issue.record("""
            Snapshot \(name) differs from \(file.lastPathComponent) (re-record with LEDE_RECORD_SNAPSHOTS=1):
            \(Snapshot.diff(expected: baseline, actual: text))
            """, sourceLocation: sourceLocation)
    }
}

/// The screen of `grid` against the baseline `name.txt`.
public func assertSnapshot(_ grid: Grid, named name: String, filePath: String = #filePath,
                           sourceLocation: SourceLocation = #_sourceLocation) {
    assertSnapshot(text: Snapshot.text(of: grid), named: name, filePath: filePath, sourceLocation: sourceLocation)
}
