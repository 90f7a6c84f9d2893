import ArgumentParser

/// `lede manual`: the lede(1) page in roff, as `lede install` writes it (`lede manual | man -l -`).
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual",
        abstract: "Print the lede(1) manual page (roff; read it with: lede manual | man -l -)."
    )

    func run() throws {
        Output.text(ManualPage(help: try CommandHelp.current()).render())
    }
}
