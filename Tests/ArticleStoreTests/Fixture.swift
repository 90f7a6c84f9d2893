import Foundation
import LedeTestSupport

/// A temporary folder of article files written by a test, removed when the test ends.
final class Fixture {
    let folder: TemporaryFolder
    var root: String { folder.path }

    init() throws {
        folder = try TemporaryFolder("lede-test")
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try folder.write(name, text)
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let path = folder.path(name)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }
}
