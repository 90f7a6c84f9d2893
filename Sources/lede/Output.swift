import Foundation
import TerminalCanvas

/// Standard output and error for the commands. Everything printed goes through `TextSanitizer`,
/// because most of it came from article files.
enum Output {
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((TextSanitizer.sanitizeKeepingNewlines(text) + "\n").utf8))
    }

    /// Text that lede wrote itself (a manual page, an example file), as it is.
    static func text(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Many lines in one write (a line feed inside a line is shown, not obeyed).
    static func lines(_ texts: [String]) {
        guard !texts.isEmpty else { return }
        var data = Data()
        for text in texts {
            data.append(contentsOf: TextSanitizer.sanitize(text).utf8)
            data.append(0x0A)
        }
        FileHandle.standardOutput.write(data)
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("lede: " + TextSanitizer.sanitizeKeepingNewlines(text) + "\n").utf8))
    }

    /// One JSON object on one line (JSON Lines). Strings are sanitised by the caller's record type.
    static func json<T: Encodable>(_ value: T) throws {
        try jsonLines([value])
    }

    /// Several JSON Lines in one write.
    static func jsonLines<T: Encodable>(_ values: [T]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        var data = Data()
        for value in values {
            data.append(try encoder.encode(value))
            data.append(0x0A)
        }
        if !data.isEmpty { FileHandle.standardOutput.write(data) }
    }
}

/// A file or folder the user named could not be read: exit code 1, with the message.
struct FileFailure: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

enum Environment {
    static func value(_ name: String) -> String? {
        ProcessInfo.processInfo.environment[name]
    }
}
