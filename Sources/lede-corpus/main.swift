import ArgumentParser
import CorpusGenerator

/// `lede-corpus COUNT FOLDER`: writes a generated library for benchmarks and scale tests.
struct LedeCorpus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede-corpus",
        abstract: "Write a generated library of Vietnamese and English news articles (deterministic from a seed)."
    )

    @Argument(help: "How many articles to write.") var count: Int
    @Argument(help: "The folder to write them into (created if missing).") var folder: String
    @Option(help: "The seed: the same seed writes the same corpus.") var seed: UInt64 = 1

    func validate() throws {
        guard count >= 0 else { throw ValidationError("COUNT cannot be negative.") }
    }

    func run() throws {
        try CorpusGenerator(seed: seed).write(count: count, to: folder)
    }
}

LedeCorpus.main()
