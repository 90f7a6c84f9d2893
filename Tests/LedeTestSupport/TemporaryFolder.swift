import Foundation

/// A folder of a test's own under the system's temporary folder, removed with everything in it when
/// the last reference to it goes: keep it in the suite (an instance per test) or in a local `let`
/// used until the end of the test.
public final class TemporaryFolder: @unchecked Sendable {
    /// The folder's absolute path.
    public let path: String

    /// Makes an empty folder named after `prefix` and a fresh UUID.
    public init(_ prefix: String = "lede") throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The absolute path of `relativePath` inside the folder.
    public func path(_ relativePath: String) -> String {
        (path as NSString).appendingPathComponent(relativePath)
    }

    /// Makes the folder `relativePath` inside, with the folders on the way; returns its path.
    @discardableResult
    public func folder(_ relativePath: String) throws -> String {
        let folder = path(relativePath)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes `text` as UTF-8 to `relativePath` inside, making the folders on the way; returns its path.
    @discardableResult
    public func write(_ relativePath: String, _ text: String) throws -> String {
        let file = path(relativePath)
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }
}
