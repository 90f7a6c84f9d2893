import Foundation

/// Runs `--password-command` (such as `pass show rss`) and takes the first line it prints. The command
/// is split into words like a shell would split simple quoted words, and run without a shell.
public enum PasswordCommand {
    public static func run(_ command: String) throws(SyncError) -> String {
        let words = split(command)
        guard let program = words.first else { throw .passwordCommand("the command is empty") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program.contains("/") ? program : "/usr/bin/env")
        process.arguments = program.contains("/") ? Array(words.dropFirst()) : words
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .passwordCommand("cannot run \(program): \(error.localizedDescription)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw .passwordCommand("\(program) exited with status \(process.terminationStatus)")
        }
        let text = String(decoding: data, as: UTF8.self)
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
