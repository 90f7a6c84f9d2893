import Foundation
import LedeTestSupport
import Testing

/// A library folder and a state folder for the bookmark command tests, with helpers to run
/// `lede bookmarks`/`lede read` on them and to read the state file the way another program would.
struct StateScratch {
    let folder: TemporaryFolder
    var root: String { folder.path }
    var library: String { root + "/library" }
    var stateFolder: String { root + "/state" }
    var stateOptions: [String] { ["--library", library, "--state-dir", stateFolder] }

    init() throws {
        folder = try TemporaryFolder("lede-bookmarks")
        try folder.folder("library")
    }

    func write(_ relativePath: String, _ text: String) throws {
        let url = URL(fileURLWithPath: library + "/" + relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func lede(_ arguments: [String], environment: [String: String] = [:]) throws -> LedeBinary.Run {
        try LedeBinary.run(arguments + stateOptions, environment: environment)
    }

    /// The one state file in the state folder.
    var stateFile: String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: stateFolder)) ?? []
        return names.first { $0.hasSuffix(".json") }.map { stateFolder + "/" + $0 }
    }

    /// The state file parsed as plain JSON: throws unless it is a whole, valid document.
    func stateObject() throws -> [String: Any] {
        let path = try #require(stateFile)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func bookmarkIDs() throws -> Set<String> {
        let bookmarks = try #require(try stateObject()["bookmarks"] as? [[String: Any]])
        return Set(bookmarks.compactMap { $0["id"] as? String })
    }

    /// An export file holding the given bookmark records, shaped as `lede bookmarks --json` writes them.
    func exportFile(named name: String, bookmarks: [[String: Any]]) throws -> String {
        let path = root + "/" + name
        let object: [String: Any] = ["version": 1, "library": library, "bookmarks": bookmarks]
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted]).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func bookmark(path: String, title: String, note: String? = nil, quote: [String: Any]? = nil,
                         id: String = UUID().uuidString) -> [String: Any] {
        var record: [String: Any] = [
            "id": id, "article_id": "0000000000000000", "path": path, "fingerprint": "ffffffffffffffff",
            "title": title, "created": "2026-01-02T03:04:05.678Z",
        ]
        if let note { record["note"] = note }
        if let quote { record["quote"] = quote }
        return record
    }
}
