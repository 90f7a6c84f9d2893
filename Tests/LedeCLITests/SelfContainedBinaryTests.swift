import Foundation
import Testing

/// The release binary copied alone to another folder works after its build folder is gone: the gazetteers,
/// themes and sample library are built into it.
@Suite struct SelfContainedBinaryTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    static let swift = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
        .map { "\($0)/swift" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    static let skipped = ProcessInfo.processInfo.environment["LEDE_SKIP_RELEASE_BUILD"] == "1"

    @Test(.enabled(if: swift != nil, "needs swift on the PATH to build the release binary"),
          .enabled(if: !skipped, "LEDE_SKIP_RELEASE_BUILD=1 skips the release build"),
          .timeLimit(.minutes(30)))
    func releaseBinaryRunsAloneAfterItsBuildFolderIsDeleted() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("lede-release-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: base) }
        let scratch = base + "/build"
        let build = try Subprocess.run(Self.swift!, ["build", "-c", "release", "--product", "lede", "--scratch-path", scratch],
                                       directory: Self.packageRoot)
        try #require(build.status == 0, "release build failed: \(build.stderr.suffix(2000))")
        let binary = scratch + "/release/lede"
        let alone = base + "/alone/lede"
        try FileManager.default.createDirectory(atPath: base + "/alone", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: binary, toPath: alone)
        try FileManager.default.removeItem(atPath: scratch)
        #expect(!FileManager.default.fileExists(atPath: scratch))
        try SelfContainedCheck.runCommands(executable: alone,
                                           environment: ["HOME": base + "/home", "XDG_CACHE_HOME": base + "/cache"])
    }
}
