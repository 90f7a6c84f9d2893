import ArgumentParser
import Feeds
import Foundation

/// `lede feeds show FILE|URL...`: parses feeds without subscribing to them, for scripts, tests and a look
/// before subscribing.
struct FeedsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Parse feeds without subscribing: their titles, links and items.",
        discussion: "With --json, one JSON object per input per line (JSON Lines). Exit 1 when an input could not be read."
    )

    @Argument(help: "Feed files (RSS, Atom or JSON Feed), or http(s) or file URLs.")
    var inputs: [String]

    @Flag(help: "Print one JSON object per input: path or url, title, link, items, error.")
    var json = false

    func run() throws {
        var failed = false
        for input in inputs {
            let record = FeedRecord.read(input)
            if let error = record.error {
                failed = true
                Output.error("\(input): \(error)")
            }
            if json {
                try Output.json(record)
            } else if record.error == nil {
                Output.line(record.listing())
            }
        }
        if failed { throw ExitCode(1) }
    }
}
