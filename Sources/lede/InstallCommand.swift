import ArgumentParser
import Foundation

/// `lede install`: copies this binary, the manual page, shell completions and the themes under a prefix.
struct InstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Install lede under a prefix: bin/lede, the man page, bash/zsh/fish completions, the themes.",
        discussion: "From a clone: swift run -c release lede install --prefix ~/.local"
    )

    @Option(help: ArgumentHelp("Where to install.", valueName: "dir"))
    var prefix = "~/.local"

    func run() throws {
        let installation = Installation(prefix: Config.expandingTilde(prefix))
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

    @Option(help: ArgumentHelp("Where lede was installed.", valueName: "dir"))
    var prefix = "~/.local"

    func run() throws {
        let installation = Installation(prefix: Config.expandingTilde(prefix))
        for relative in try installation.uninstall() { Output.line("removed \(installation.path(relative))") }
    }
}
