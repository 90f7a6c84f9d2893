import Foundation

/// Runs the `lede` executable that `swift build` put beside the test bundle.
enum LedeBinary {
    static var url: URL {
        // The tests run from `.build/<triple>/debug/ledePackageTests.xctest`; the product sits beside it.
        var folder = Bundle.main.bundleURL
        while !folder.path.isEmpty, folder.path != "/" {
            let candidate = folder.appendingPathComponent("lede")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: "lede")
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var lines: [String] { stdout.split(separator: "\n").map(String.init) }
    }

    static func run(_ arguments: [String], environment: [String: String] = [:], executable: URL? = nil,
                    directory: String? = nil) throws -> Run {
        var env = ProcessInfo.processInfo.environment
        for name in ["LEDE_LIBRARY", "NO_COLOR", "LEDE_STATE_DIR"] { env.removeValue(forKey: name) }
        // Each run gets its own index cache unless the test shares one on purpose.
        env["LEDE_CACHE_DIR"] = FileManager.default.temporaryDirectory
            .appendingPathComponent("lede-cache-\(UUID().uuidString)").path
        // Nor do the developer's own settings and themes reach the tests.
        env["XDG_CONFIG_HOME"] = FileManager.default.temporaryDirectory
            .appendingPathComponent("lede-config-\(UUID().uuidString)").path
        env.merge(environment) { $1 }
        return try Subprocess.run((executable ?? url).path, arguments, environment: env, directory: directory)
    }
}
