import Foundation
@testable import LibraryIndex

/// A library folder of its own in the temporary folder, with a place for its index file beside it;
/// both are removed when the value goes.
final class ScratchLibrary {
    let root: String
    var store: IndexStore { IndexStore(path: root + "-index.bin") }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("lede-scratch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
        try? FileManager.default.removeItem(atPath: root + "-index.bin")
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + name))
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
