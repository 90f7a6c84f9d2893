import ArgumentParser
import BrowserRuntime
import Foundation
import TerminalCanvas
import Themes

/// `lede themes`: the themes lede knows and where each comes from; `--preview` shows one.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the colour themes (bundled and yours), or preview one.",
        discussion: "Your themes live in $XDG_CONFIG_HOME/lede/themes/*.toml; one with a bundled theme's name wins."
    )

    @Option(help: ArgumentHelp("Print a sample article in this theme's colours.", valueName: "name|file"))
    var preview: String?

    @Flag(help: "Write the preview's colour codes even when standard output is not a terminal (for `less -R`).")
    var color = false

    func run() throws {
        let catalog = ThemeSetup.catalog(userFolder: Config.themesFolder)
        guard let preview else {
            for entry in catalog.entries() {
                Output.line("\(Columns.fit(entry.name, width: 16)) \(entry.origin)")
            }
            return
        }
        let resolved = catalog.resolve(preview)
        for error in resolved.errors { Output.error(error.description) }
        let colors = ThemeSetup.noColor() ? ThemeSetup.monoStyles(catalog) : resolved.styles
        // Into a pipe or a file, colour codes would be noise: plain text unless asked for.
        let colored = color || isatty(STDOUT_FILENO) == 1
        StandardStream.out(ThemePreview.render(styles: colors, name: resolved.name, colored: colored))
        if !resolved.errors.isEmpty { throw ExitCode.failure }
    }
}
