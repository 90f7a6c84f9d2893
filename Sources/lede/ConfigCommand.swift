import ArgumentParser
import Foundation

/// `lede config`: where the settings file is and what it sets; `--example` prints a commented one.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the settings file and its settings, or print a commented example (--example)."
    )

    @Flag(help: "Print a commented config.toml with every setting.")
    var example = false

    func run() throws {
        if example {
            Output.text(ConfigSetting.exampleFile)
            return
        }
        let folder = Config.folder()
        let path = (folder as NSString).appendingPathComponent("config.toml")
        let config = Config.load(folder: folder)
        let exists = FileManager.default.fileExists(atPath: path)
        Output.line(exists ? path : "\(path) (not there: the defaults apply; lede config --example prints one)")
        Output.line("theme = \(config.theme ?? "(default)")")
        Output.line("library = \(config.library ?? "(default)")")
        for problem in config.problems { Output.error(problem) }
        if !config.problems.isEmpty { throw ExitCode.failure }
    }
}
