import ArgumentParser
import Foundation

/// What `lede WORD` says when WORD is neither a command nor a file or folder: a mistyped command is
/// far likelier than a missing library named like one.
enum CommandSuggestion {
    /// The commands by name, as the help lists them.
    static var commandNames: [String] {
        Lede.configuration.subcommands.map { $0._commandName }.filter { $0 != "browse" }
    }

    /// The message for `word` when it looks like a command (no path separator or dot) and no such file
    /// or folder exists; nil otherwise.
    static func message(for word: String, exists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) -> String? {
        guard !word.isEmpty, !word.contains("/"), !word.contains("."), !exists(word) else { return nil }
        let names = commandNames
        if let closest = names.map({ ($0, distance(word.lowercased(), $0)) }).min(by: { $0.1 < $1.1 }),
           closest.1 <= max(1, closest.0.count / 3) {
            return "Unknown command '\(word)'. Did you mean 'lede \(closest.0)'?"
        }
        return "Unknown command '\(word)', and no such folder. Commands: \(names.joined(separator: ", "))."
    }

    /// The edit distance between two words (insertions, deletions, substitutions, each 1).
    static func distance(_ left: String, _ right: String) -> Int {
        let a = Array(left), b = Array(right)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
