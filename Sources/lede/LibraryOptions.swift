import ArgumentParser
import ArticleStore

/// Options shared by every command that reads articles.
struct ReadingOptions: ParsableArguments {
    @Option(name: .customLong("max-size"), help: "Skip article files larger than this many MiB.")
    var maxSizeMiB: Int = LoadOptions.defaultMaxFileSize >> 20

    func validate() throws {
        guard maxSizeMiB > 0 else { throw ValidationError("--max-size must be at least 1 (MiB).") }
    }

    func loadOptions() -> LoadOptions {
        LoadOptions(maxFileSize: maxSizeMiB << 20)
    }
}

/// Where a command's library comes from: the argument, else `$LEDE_LIBRARY`, else `library` in the
/// config file, else the bundled sample.
enum LibraryLocator {
    static func resolve(_ argument: String?) throws -> String {
        if let argument { return argument }
        if let configured = Environment.value("LEDE_LIBRARY"), !configured.isEmpty { return configured }
        let config = Config.load()
        config.problems.forEach(Output.error)
        if let configured = config.library { return configured }
        do {
            return try SampleLibrary.folder()
        } catch {
            throw FileFailure("lede: cannot write out the bundled sample library (\(error.localizedDescription)); "
                + "name a library folder")
        }
    }
}
