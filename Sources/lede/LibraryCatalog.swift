import ArticleStore
import Foundation
import LibraryIndex

/// Opens a library through its index: loads the cached index (reporting and replacing a damaged one),
/// updates it with what changed on disk, saves it, and reports problem files on standard error.
enum LibraryCatalog {
    /// - Parameter reportProblems: print the files that could not be read (commands about the library
    ///   do; commands about bookmarks, which only need its list, do not).
    static func open(
        _ root: String, options: LoadOptions, rebuild: Bool = false, reportProblems: Bool = true,
        progress: (@Sendable (IndexProgress) -> Void)? = nil
    ) throws -> (LibraryIndex, IndexUpdate) {
        let library = IndexedLibrary(root: root)
        var previous: LibraryIndex?
        if !rebuild {
            let saved = library.loadSaved()
            previous = saved.index
            if let damaged = saved.damaged { Output.error(damaged) }
        }
        let updated: IndexedLibrary.Updated
        do {
            updated = try library.update(previous, options: options, progress: progress)
        } catch {
            throw FileFailure(error.description)
        }
        let (index, report) = (updated.index, updated.report)
        if let saveProblem = updated.saveProblem {
            Output.error(saveProblem + "; the library still opens, only more slowly next time")
        }
        guard reportProblems else { return (index, report) }
        // Files that failed before and are unchanged are still reported, as a fresh read would.
        let fresh = Set(report.problems.map(\.path))
        for problem in report.problems { Output.error(problem.description) }
        for file in index.skipped where !fresh.contains((root as NSString).appendingPathComponent(file.relativePath)) {
            Output.error(file.reason)
        }
        return (index, report)
    }
}
