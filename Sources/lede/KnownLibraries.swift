import ArticleStore
import Foundation
import ReadingState

/// The libraries lede keeps state for: one state file each in the state folder, which records the
/// library's absolute path.
enum KnownLibraries {
    /// The libraries with a state file in the state folder, sorted by path. A file that is not a state
    /// file of the library it names is passed over (read only: nothing is moved or repaired here).
    static func all(stateDirectory: String?) -> [String] {
        let folder = StateLocation.folder(explicit: stateDirectory)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { $0.hasSuffix(".json") }.compactMap { name -> String? in
            guard let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(name)),
                  let library = try? StateDocument.decode(data).library,
                  StateLocation.fileName(forLibrary: library) == name else { return nil }
            return library
        }.sorted()
    }

    /// The library an article file belongs to: the innermost known library that holds it, else the
    /// default library when it holds it, else the file's own folder.
    static func holding(_ file: String, stateDirectory: String?) throws -> String {
        let path = StateLocation.canonicalLibraryPath(file)
        func holds(_ root: String) -> Bool {
            let canonical = StateLocation.canonicalLibraryPath(root)
            return path.hasPrefix(canonical == "/" ? "/" : canonical + "/")
        }
        if let known = all(stateDirectory: stateDirectory).filter(holds).max(by: { $0.count < $1.count }) {
            return known
        }
        if let fallback = try? LibraryLocator.resolve(nil), holds(fallback) { return fallback }
        return (path as NSString).deletingLastPathComponent
    }
}
