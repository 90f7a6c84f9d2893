import ArgumentParser
import ArticleStore
import Foundation

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
/// config file, else the reader's own library once it exists, else the bundled sample.
enum LibraryLocator {
    static func resolve(_ argument: String?) throws -> String {
        if let chosen = chosen(argument) { return chosen }
        let own = UserLibrary.path()
        if FileManager.default.fileExists(atPath: own) { return own }
        do {
            return try SampleLibrary.folder()
        } catch {
            throw FileFailure("lede: cannot write out the bundled sample library (\(error.localizedDescription)); "
                + "name a library folder")
        }
    }

    /// The library the reader named (argument, `$LEDE_LIBRARY` or config), if any.
    static func chosen(_ argument: String?) -> String? {
        if let argument { return argument }
        if let configured = Environment.value("LEDE_LIBRARY"), !configured.isEmpty { return configured }
        return Config.load().library
    }

    /// The library that subscription commands change: the one named, else the reader's own, created
    /// on first use (the bundled sample is never written to).
    static func resolveForSubscriptions(_ argument: String?) throws -> String {
        let root = chosen(argument) ?? UserLibrary.path()
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        } catch {
            throw FileFailure("cannot create the library folder \(root): \(error.localizedDescription)")
        }
        return root
    }
}
