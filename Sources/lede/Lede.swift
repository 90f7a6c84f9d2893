import ArgumentParser
import Foundation
import RegularFiles

/// The `lede` command: with no subcommand it opens the browser on a library.
struct Lede: ParsableCommand {
    static let version = "0.2.0"
    /// `0.2.0`, and the commit when built from a git checkout: `0.2.0 (3139ab6d9a01)`.
    static let versionLine = BuildInfo.commit.map { "\(version) (\($0))" } ?? version

    static let configuration = CommandConfiguration(
        commandName: "lede",
        abstract: "A terminal news browser: article list, reading pane and the quotes of each article.",
        discussion: """
            With no library named, lede opens the sample library bundled with it.
            Exit codes: 0 success, 1 a file could not be read, 2 a usage error.
            """,
        version: versionLine,
        subcommands: [Browse.self, ListCommand.self, Show.self, Analyze.self, SearchCommand.self, BookmarksCommand.self,
                      ReadCommand.self, IndexCommand.self, ThemesCommand.self, ConfigCommand.self, ManualCommand.self,
                      InstallCommand.self, UninstallCommand.self, ExtractCommand.self, SaveCommand.self, FeedsCommand.self,
                      FetchCommand.self, AccountCommand.self, SyncCommand.self],
        defaultSubcommand: Browse.self
    )
}

/// The run-time entry: parses the command line and maps every way out to lede's exit codes
/// (ArgumentParser uses 64 for usage errors; lede promises 2).
@main
enum Main {
    static func main() {
        do {
            var command = try Lede.parseAsRoot(arguments())
            try command.run()
            if Output.unreadableReported { exit(1) }
        } catch let failure as FileFailure {
            Output.error(failure.message)
            exit(1)
        } catch {
            let code = Lede.exitCode(for: error)
            if code == .validationFailure {
                StandardStream.err(Output.hidingSamplePath(Lede.fullMessage(for: error)) + "\n")
                exit(2)
            }
            Lede.exit(withError: error)
        }
    }

    /// The command line as bytes made text by `FileName`: a file name that is not UTF-8 stays the name
    /// it is (`CommandLine.arguments` would have made its bytes U+FFFD, a file that does not exist).
    static func arguments() -> [String] {
        (1..<Int(CommandLine.argc)).map { index in
            guard let pointer = CommandLine.unsafeArgv[index] else { return "" }
            return FileName.decode(UnsafeBufferPointer(start: pointer, count: strlen(pointer)).lazy.map { UInt8(bitPattern: $0) })
        }
    }
}
