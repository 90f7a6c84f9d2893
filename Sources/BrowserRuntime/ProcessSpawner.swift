import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Starts a program from an argument vector with `posix_spawnp`: no shell ever sees the arguments.
/// Its standard input and outputs go to /dev/null so that it cannot draw over the screen or read keys,
/// and it gets no other descriptor.
enum ProcessSpawner {
    struct Failure: Error {
        var text: String
    }

    static func spawnDetached(_ arguments: [String]) -> Result<pid_t, Failure> {
        guard let program = arguments.first, !program.isEmpty else { return .failure(Failure(text: "No program to run")) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        markEveryDescriptorCloseOnExec()
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let status = posix_spawnp(&pid, program, &actions, nil, argv, environ)
        guard status == 0 else {
            return .failure(Failure(text: "Could not start \(program): \(String(cString: strerror(status)))"))
        }
        return .success(pid)
    }

    /// Nothing else of lede's reaches the child, not even a descriptor some library opened without
    /// O_CLOEXEC (lede's own are all close-on-exec already). glibc's closefrom action is not visible
    /// to Swift, so the flag is set on whatever is open.
    static func markEveryDescriptorCloseOnExec() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else { return }
        for fd in names.compactMap(Int32.init) where fd > 2 {
            let flags = fcntl(fd, F_GETFD)
            if flags >= 0, flags & FD_CLOEXEC == 0 { _ = fcntl(fd, F_SETFD, flags | FD_CLOEXEC) }
        }
    }
}
