import Foundation
import LedeTestSupport
@testable import LibraryIndex

/// A library folder of its own in the temporary folder, with a place for its index file beside it;
/// both are removed when the value goes.
final class ScratchLibrary {
    let folder: TemporaryFolder
    /// The library, inside the folder; its index file goes beside it.
    let root: String
    var store: IndexStore { IndexStore(path: folder.path("index.bin")) }

    init() throws {
        folder = try TemporaryFolder("lede-scratch")
        root = try folder.folder("library")
    }

    func write(_ name: String, _ text: String) throws {
        try folder.write("library/" + name, text)
    }

    func remove(_ name: String) throws {
        try FileManager.default.removeItem(atPath: root + "/" + name)
    }

    /// The index saved and loaded again.
    func reloaded(_ index: LibraryIndex) throws -> LibraryIndex? {
        try store.save(index)
        guard case .loaded(let loaded) = store.load() else { return nil }
        return loaded
    }
}
