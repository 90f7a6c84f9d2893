import ArticleStore
import Foundation
import ReadingState
import TerminalCanvas

/// Standard output and error for the commands. Everything printed goes through `TextSanitizer`,
/// because most of it came from article files.
enum Output {
    /// Set when a file or folder of the library could not be read: the command still does its work,
    /// then exits with status 1 (see `Main`).
    nonisolated(unsafe) static var unreadableReported = false

    static func line(_ text: String) {
        StandardStream.out(TextSanitizer.sanitizeKeepingNewlines(text) + "\n")
    }

    /// Text that lede wrote itself (a manual page, an example file), as it is.
    static func text(_ text: String) {
        StandardStream.out(text)
    }

    /// Many lines in one write (a line feed inside a line is shown, not obeyed).
    static func lines(_ texts: [String]) {
        guard !texts.isEmpty else { return }
        var data: [UInt8] = []
        for text in texts {
            data.append(contentsOf: TextSanitizer.sanitize(text).utf8)
            data.append(0x0A)
        }
        StandardStream.out(data)
    }

    static func error(_ text: String) {
        StandardStream.err("lede: " + TextSanitizer.sanitizeKeepingNewlines(hidingSamplePath(text)) + "\n")
    }

    /// `text` with the bundled sample library's folder, which lede writes into its cache, named as "the
    /// bundled sample library".
    static func hidingSamplePath(_ text: String) -> String {
        let sample = SampleLibrary.folderPath()
        var result = text
        for path in Set([sample, StateLocation.canonicalLibraryPath(sample)]) {
            result = result.replacingOccurrences(of: path, with: "the bundled sample library")
        }
        return result
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
            data.append(contentsOf: JSONEscape.escapingUnsafe(try encoder.encode(value)))
            data.append(0x0A)
        }
        if !data.isEmpty { StandardStream.out(data) }
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
