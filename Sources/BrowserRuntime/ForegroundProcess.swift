import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program in lede's terminal and waits for it (a pager, a terminal browser): an argument vector
/// given to `posix_spawnp`, never a shell. Text for its standard input goes through an unlinked
/// temporary file, so a pager that quits before reading it all never blocks lede on a full pipe.
enum ForegroundProcess {
    /// Runs `arguments` with `input` (already sanitised) on its standard input, else lede's; returns once
    /// it has exited. A program stopped with Ctrl-Z stops lede too, and both go on together at `fg`.
    static func run(_ arguments: [String], input: String?) -> Result<Int32, ProcessSpawner.Failure> {
        guard let program = arguments.first, !program.isEmpty else { return .failure(.init(text: "No program to run")) }
        var inputFD: Int32 = -1
        if let input {
            switch temporaryFile(holding: input) {
            case .success(let fd): inputFD = fd
            case .failure(let failure): return .failure(failure)
            }
        }
        defer { if inputFD >= 0 { close(inputFD) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if inputFD >= 0 { posix_spawn_file_actions_adddup2(&actions, inputFD, 0) }
        // lede ignores Ctrl-C while it waits; the program must not inherit that.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signo in [SIGINT, SIGQUIT, SIGTSTP, SIGPIPE] { sigaddset(&defaults, signo) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let status = posix_spawnp(&pid, program, &actions, &attributes, argv, environ)
        guard status == 0 else {
            return .failure(.init(text: "Could not start \(program): \(String(cString: strerror(status)))"))
        }
        return .success(wait(for: pid))
    }

    /// Waits for `pid` to exit, stopping lede while it is stopped; its exit status.
    private static func wait(for pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WUNTRACED)
            if result < 0 {
                if errno == EINTR { continue }
                return -1
            }
            // WIFSTOPPED: the low byte is 0x7f. Stop lede too, then let the program go on with it.
            if status & 0xff == 0x7f {
                kill(getpid(), SIGSTOP)
                kill(pid, SIGCONT)
                continue
            }
            return status
        }
    }

    /// A temporary file holding `text`, already removed from its folder, read from its start.
    private static func temporaryFile(holding text: String) -> Result<Int32, ProcessSpawner.Failure> {
        var template = Array((NSTemporaryDirectory() + "/lede-page-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            return .failure(.init(text: "Could not write the article for the pager: \(String(cString: strerror(errno)))"))
        }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        var bytes = Array(text.utf8)
        bytes.append(UInt8(ascii: "\n"))
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else {
                close(fd)
                return .failure(.init(text: "Could not write the article for the pager: \(String(cString: strerror(errno)))"))
            }
            offset += written
        }
        lseek(fd, 0, SEEK_SET)
        return .success(fd)
    }
}
