import Foundation

/// The `lede` executable that `swift build` put beside the test bundle.
enum LedeExecutable {
    static var path: String? {
        var folder = Bundle.main.bundleURL
        while folder.path != "/" && !folder.path.isEmpty {
            let candidate = folder.appendingPathComponent("lede").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }
}
