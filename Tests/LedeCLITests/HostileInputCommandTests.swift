import Foundation
import Testing

/// Issue 18 on the real binary: copies of an article, imported deletions, and standard output that
/// cannot be written.
@Suite struct HostileInputCommandTests {
    let scratch: StateScratch

    init() throws {
        scratch = try StateScratch()
        try scratch.write("a.txt", "First title\n\nSame body for both copies.\n")
        try scratch.write("b.txt", "First title\n\nSame body for both copies.\n")
    }

    /// Item 1: `bookmarks add` and `read` on a copy leave the other copy's bookmark and read state alone.
    @Test func copiesKeepTheirOwnBookmarksAndReadState() throws {
        let a = try scratch.lede(["bookmarks", "add", scratch.library + "/a.txt", "--note", "note a"])
        let b = try scratch.lede(["bookmarks", "add", scratch.library + "/b.txt", "--note", "note b"])
        #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
        #expect(a.stdout != b.stdout)
        let lines = try scratch.lede(["bookmarks"]).lines.sorted()
        #expect(lines.count == 2)
        #expect(lines.contains { $0.hasSuffix("[note a]  a.txt") })
        #expect(lines.contains { $0.hasSuffix("[note b]  b.txt") })

        #expect(try scratch.lede(["read", scratch.library + "/a.txt"]).status == 0)
        let read = try scratch.lede(["search", "is:read", "--library", scratch.library])
        #expect(read.lines.count == 1)
        #expect(read.stdout.contains("a.txt"))
    }

    /// Item 2: deletions in an import file are reported, kept out unless asked for, and never applied
    /// when older than the retention window.
    @Test func importedDeletionsAreReportedAndOptIn() throws {
        let id = try scratch.lede(["bookmarks", "add", scratch.library + "/a.txt"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        func importing(deletedAt time: String, _ extra: [String] = []) throws -> LedeBinary.Run {
            let path = scratch.root + "/deletes-\(UUID().uuidString).json"
            let object: [String: Any] = ["version": 1, "bookmarks": [], "deleted": [["id": id, "deleted": time]]]
            try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
            return try scratch.lede(["bookmarks", "import", path] + extra)
        }
        let ancient = try importing(deletedAt: "2000-01-01T00:00:00.000Z", ["--apply-deletions"])
        #expect(ancient.stdout.contains("0 deleted; 1 deletion(s) older than 180 days were not applied"))
        #expect(try scratch.bookmarkIDs() == [id])

        let now = ISO8601DateFormatter().string(from: Date())
        let skipped = try importing(deletedAt: now)
        #expect(skipped.stdout.contains("0 deleted; 1 bookmark(s) the file deletes were kept (--apply-deletions deletes them)"))
        #expect(try scratch.bookmarkIDs() == [id])

        let applied = try importing(deletedAt: now, ["--apply-deletions"])
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(applied.stdout.contains(", 1 deleted"))
        #expect(try scratch.bookmarkIDs().isEmpty)
    }

    /// Item 5: a failed write to standard output is one line on standard error and exit 1, never a trap.
    @Test(arguments: ["full", "closed", "pipe-ignored"])
    func aFailedWriteToStandardOutputExitsOne(kind: String) throws {
        let script = switch kind {
        case "full": #""$0" list "$1" > /dev/full"#
        case "closed": #""$0" list "$1" >&-"#
        default: #"trap '' PIPE; exec "$0" list "$1""#
        }
        let run = try Self.shell(script, [LedeBinary.url.path, scratch.library], closedPipe: kind == "pipe-ignored")
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("lede: cannot write to standard output: "))
        #expect(run.stderr.split(separator: "\n").count == 1)
    }

    /// With SIGPIPE at its default, a reader that left still ends lede by the signal, as shells expect.
    /// lede is spawned with SIGPIPE reset to its default: a shell's `trap - PIPE` cannot undo a SIGPIPE
    /// ignored by whoever started the test run, and CI may start it that way.
    @Test func aClosedPipeWithDefaultSIGPIPEEndsBySignal() throws {
        let run = try Self.spawnWithDefaultSIGPIPE([LedeBinary.url.path, "list", scratch.library])
        #expect(run.status == 128 + SIGPIPE)
        #expect(run.stderr.isEmpty)
    }

    /// Spawns `argv` with SIGPIPE at its default and standard output a pipe whose reader is gone; the
    /// status is a shell's: 128 + N for a death by signal N.
    static func spawnWithDefaultSIGPIPE(_ argv: [String]) throws -> LedeBinary.Run {
        var out: [Int32] = [0, 0], err: [Int32] = [0, 0]
        guard pipe(&out) == 0, pipe(&err) == 0 else { throw POSIXError(.EMFILE) }
        close(out[0])
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), empty = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        sigemptyset(&empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, out[1], 1)
        posix_spawn_file_actions_adddup2(&actions, err[1], 2)
        posix_spawn_file_actions_addclose(&actions, err[0])
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, &cArguments, environ)
        close(out[1])
        close(err[1])
        defer { close(err[0]) }
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        let stderr = FileHandle(fileDescriptor: err[0], closeOnDealloc: false).readDataToEndOfFile()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        let signal = status & 0x7f
        let code = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        return LedeBinary.Run(status: code, stdout: "", stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs a fixed script in `sh` (arguments as `$0`, `$1`, ...); its status as a shell reports it.
    /// With `closedPipe`, standard output is a pipe whose reader is already gone.
    static func shell(_ script: String, _ arguments: [String], closedPipe: Bool = false) throws -> LedeBinary.Run {
        let wrapped = closedPipe ? "(\(script)); echo \"status $?\" >&2" : "\(script); echo \"status $?\" >&2"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", wrapped] + arguments
        let err = Pipe()
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let out = Pipe()
        if closedPipe {
            process.standardOutput = out
            try out.fileHandleForReading.close()
        } else {
            process.standardOutput = FileHandle.nullDevice
        }
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var lines = String(decoding: errData, as: UTF8.self).split(separator: "\n").map(String.init)
        let status = lines.last.flatMap { $0.hasPrefix("status ") ? Int32($0.dropFirst(7)) : nil } ?? -1
        lines.removeLast()
        return LedeBinary.Run(status: status, stdout: "", stderr: lines.map { $0 + "\n" }.joined())
    }
}

/// Issue 18, item 8: `bookmarks import` of a device or FIFO is refused at once.
@Suite struct ImportFileTests {
    @Test func importingADeviceIsRefusedInWords() throws {
        let scratch = try StateScratch()
        let run = try scratch.lede(["bookmarks", "import", "/dev/zero"])
        #expect(run.status == 1)
        #expect(run.stderr == "lede: /dev/zero: it is a character device, not a regular file\n")
    }
}
