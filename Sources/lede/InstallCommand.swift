import ArgumentParser
import Foundation

/// `--prefix`, shared by install and uninstall.
struct PrefixOption: ParsableArguments {
    @Option(help: ArgumentHelp("The installation prefix.", valueName: "dir"))
    var prefix = "~/.local"

    var installation: Installation { Installation(prefix: Config.expandingTilde(prefix)) }
}

/// `lede install`: copies this binary, the manual page, shell completions and the themes under a prefix.
struct InstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Install lede under a prefix: bin/lede, the man page, bash/zsh/fish completions, the themes.",
        discussion: "From a clone: swift run -c release lede install --prefix ~/.local"
    )

    @OptionGroup var options: PrefixOption

    func run() throws {
        let installation = options.installation
        for relative in try installation.install() { Output.line(installation.path(relative)) }
        let bin = installation.path("bin")
        let path = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map(String.init) ?? []
        if !path.contains(bin) { Output.error("note: \(bin) is not on your PATH") }
    }
}

/// `lede uninstall`: removes what `lede install` put under the prefix, and nothing else.
struct UninstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uninstall",
        abstract: "Remove what lede install put under a prefix (listed in PREFIX/share/lede/installed-files)."
    )

    @OptionGroup var options: PrefixOption

    func run() throws {
        let installation = options.installation
        for relative in try installation.uninstall() { Output.line("removed \(installation.path(relative))") }
    }
}
