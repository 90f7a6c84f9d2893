import Foundation
import LedeTestSupport
import Testing

/// Issue 18, items 12 to 14: what cannot be read is named and makes the command exit 1; an index that
/// cannot be saved fails `lede index`; special files are named, not skipped silently.
@Suite struct LibraryProblemCommandTests {
    /// Removed with everything in it when the test ends.
    let scratch: TemporaryFolder
    var folder: String { scratch.path }

    init() throws {
        scratch = try TemporaryFolder("lede-problems")
        try FileManager.default.createDirectory(atPath: folder + "/library/closed", withIntermediateDirectories: true)
        try Data("Readable\n\nA readable article.\n".utf8).write(to: URL(fileURLWithPath: folder + "/library/ok.txt"))
        try Data("Hidden away\n\nIn a closed folder.\n".utf8).write(to: URL(fileURLWithPath: folder + "/library/closed/in.txt"))
        chmod(folder, 0o755)
    }

    var library: String { folder + "/library" }

    /// Runs lede as an unprivileged user: as root (CI) through setpriv, as nobody, since root reads
    /// every file whatever its mode.
    func runUnprivileged(_ arguments: [String]) throws -> LedeBinary.Run {
        guard getuid() == 0 else { return try LedeBinary.run(arguments) }
        let cache = folder + "/cache-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        chown(cache, 65534, 65534)
        return try LedeBinary.run(["--reuid=65534", "--regid=65534", "--clear-groups", LedeBinary.url.path] + arguments,
                                  environment: ["LEDE_CACHE_DIR": cache],
                                  executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
    }

    @Test(.enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "needs setpriv as root"))
    func anUnreadableFolderOrFileIsNamedAndExitsOne() throws {
        chmod(library + "/closed", 0)
        defer { chmod(library + "/closed", 0o755) }
        let folderRun = try runUnprivileged(["list", library])
        #expect(folderRun.status == 1)
        #expect(folderRun.stderr.contains("\(library)/closed: cannot list the folder: Permission denied"))
        #expect(folderRun.stdout.contains("Readable"))

        chmod(library + "/closed", 0o755)
        chmod(library + "/closed/in.txt", 0)
        defer { chmod(library + "/closed/in.txt", 0o644) }
        let fileRun = try runUnprivileged(["list", library])
        #expect(fileRun.status == 1)
        #expect(fileRun.stderr.contains("\(library)/closed/in.txt: cannot read the file: permission denied"))
    }

    /// As root too: a link that loops cannot be read by anyone.
    @Test func aFileThatCannotBeLookedAtExitsOneEveryTime() throws {
        try FileManager.default.createSymbolicLink(atPath: library + "/loop.txt", withDestinationPath: "loop.txt")
        let cache = ["LEDE_CACHE_DIR": folder + "/cache"]
        for _ in 0..<2 {  // the second run answers from the index
            let run = try LedeBinary.run(["list", library], environment: cache)
            #expect(run.status == 1)
            #expect(run.stderr.contains("\(library)/loop.txt: cannot read the file: Too many levels of symbolic links"))
        }
    }

    @Test func aFIFONamedAsAnArticleIsNamed() throws {
        #expect(mkfifo(library + "/pipe.txt", 0o644) == 0)
        let run = try LedeBinary.run(["list", library])
        #expect(run.status == 0)
        #expect(run.stderr.contains("\(library)/pipe.txt: skipped: it is a FIFO (named pipe), not a regular file"))
    }

    @Test func indexFailsInPlainWordsWhenItCannotSave() throws {
        try Data().write(to: URL(fileURLWithPath: folder + "/cachefile"))
        let run = try LedeBinary.run(["index", library], environment: ["LEDE_CACHE_DIR": folder + "/cachefile/lede"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("lede: \(folder)/cachefile/lede/index-"))
        #expect(run.stderr.contains(": cannot save the index: the cache folder \(folder)/cachefile is not a folder"))
        #expect(!run.stderr.contains("NSCocoaErrorDomain"))
    }
}

/// Issue 18, item 14: the query language's `-word` needs no `--`, and a negative limit is named.
@Suite struct SearchArgumentTests {
    @Test func aLeadingMinusWordIsAQueryWordAndANegativeLimitIsRefusedInWords() throws {
        let scratch = try TemporaryFolder("lede-search")
        let folder = scratch.path
        try Data("Nato talks\n\nNato and Moscow talk.\n".utf8).write(to: URL(fileURLWithPath: folder + "/a.txt"))
        try Data("Nato alone\n\nNato meets in Brussels.\n".utf8).write(to: URL(fileURLWithPath: folder + "/b.txt"))
        let without = try LedeBinary.run(["search", "nato", "-moscow", "--library", folder])
        #expect(without.status == 0, "\(without.stderr)")
        #expect(without.lines.first?.contains("Nato alone") == true)
        #expect(!without.stdout.contains("Nato talks"))
        let alone = try LedeBinary.run(["search", "-moscow", "--library", folder])
        #expect(alone.status == 0, "\(alone.stderr)")
        let negative = try LedeBinary.run(["search", "nato", "--limit", "-1", "--library", folder])
        #expect(negative.status == 2)
        #expect(negative.stderr.contains("--limit must be 0 (all) or more, not -1."))
    }
}
