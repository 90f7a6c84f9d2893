import Foundation
import TerminalCanvas

/// Whole screens as text, for baselines that people can read and review in a diff.
public enum Snapshot {
    /// The grid's size on the first line, then its rows with trailing spaces trimmed.
    public static func text(of grid: Grid) -> String {
        var rows = ["\(grid.width)x\(grid.height)"]
        for y in 0..<grid.height { rows.append(trimmed(grid.line(y))) }
        return rows.joined(separator: "\n") + "\n"
    }

    /// One character per column naming the style of the cell (a wide grapheme's two columns share one),
    /// after a legend: which cells have which role.
    public static func styleMap(of grid: Grid, legend: [String], key: (Style) -> Character) -> String {
        var rows = ["\(grid.width)x\(grid.height)"] + legend + ["---"]
        for y in 0..<grid.height {
            var row = ""
            for x in 0..<grid.width {
                let cell = grid[x, y]
                let owner = cell.isContinuation && x > 0 ? grid[x - 1, y] : cell
                row.append(owner.grapheme == " " && owner.style == .plain ? " " : key(owner.style))
            }
            rows.append(trimmed(row))
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// The rows that differ, numbered, expected then actual.
    public static func diff(expected: String, actual: String) -> String {
        let old = expected.components(separatedBy: "\n"), new = actual.components(separatedBy: "\n")
        var out: [String] = []
        for index in 0..<max(old.count, new.count) {
            let before = index < old.count ? old[index] : nil, after = index < new.count ? new[index] : nil
            guard before != after else { continue }
            out.append("line \(index + 1):")
            if let before { out.append("  - \(before)") }
            if let after { out.append("  + \(after)") }
        }
        return out.joined(separator: "\n")
    }

    static func trimmed(_ row: String) -> String {
        var row = row
        while row.last == " " { row.removeLast() }
        return row
    }
}
