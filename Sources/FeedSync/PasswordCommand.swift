import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs `--password-command` (such as `pass show rss`) and takes the first line it prints. The command
/// is split into words like a shell would split simple quoted words, and run without a shell.
public enum PasswordCommand {
    public static func run(_ command: String) throws(SyncError) -> String {
        let words = split(command)
        guard let program = words.first else { throw .passwordCommand("the command is empty") }
        // posix_spawn and a read loop, not Foundation's Process: its pipe reading traps on EINTR.
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { throw .passwordCommand("cannot create a pipe") }
        _ = fcntl(pipe[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(pipe[1], F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        var argv = words.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let started = posix_spawnp(&pid, program, &actions, nil, &argv, environ)
        close(pipe[1])
        defer { close(pipe[0]) }
        guard started == 0 else { throw .passwordCommand("cannot run \(program): \(String(cString: strerror(started)))") }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while output.count < 1 << 20 {
            let count = read(pipe[0], &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            output += buffer[0..<count]
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard status == 0 else { throw .passwordCommand("\(program) failed (wait status \(status))") }
        let text = String(decoding: output, as: UTF8.self)
        guard let line = text.split(whereSeparator: \.isNewline).first.map(String.init), !line.isEmpty else {
            throw .passwordCommand("\(program) printed no password")
        }
        return line
    }

    /// Words separated by blanks; quotes (single or double) keep what they enclose as it is, and a
    /// backslash outside them keeps the next character.
    static func split(_ command: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in command {
            if escaped {
                current.append(character)
                escaped = false
            } else if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == "\\" {
                escaped = true
                inWord = true
            } else if character.isWhitespace {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
