import BrowserUI
import Foundation

/// The `lede(1)` manual page in man(7) roff: the commands and options come from the command definitions
/// and the KEYS section from the browser's key map, so neither can drift from what lede does; FILES,
/// ENVIRONMENT, EXIT STATUS and EXAMPLES are the sections people look for in a terminal reader's page.
struct ManualPage {
    var help: CommandHelp
    var keyMap: KeyMap = .standard
    var date: Date = Date()

    func render() -> String {
        var page = Roff()
        page.line(".TH LEDE 1 \(Self.day(date)) \"lede \(Lede.version)\" \"User Commands\"")
        page.section("NAME")
        page.text("lede \\- " + Roff.escape(help.abstract ?? "a terminal news browser"))
        page.section("SYNOPSIS")
        page.line(".B lede")
        page.text("[\\fIlibrary\\fR] [\\fIoptions\\fR]")
        page.br()
        page.line(".B lede")
        page.text("\\fIcommand\\fR [\\fIarguments\\fR]")
        page.section("DESCRIPTION")
        page.paragraph(Self.description)
        page.paragraph("Every command takes \\fB\\-h\\fR, \\fB\\-\\-help\\fR; \\fBlede \\-\\-version\\fR prints the version.")
        if let discussion = help.discussion { page.paragraph(Roff.escape(discussion)) }
        page.section("COMMANDS")
        for command in visibleSubcommands(help) { commandEntry(command, path: ["lede"], into: &page) }
        page.section("KEYS")
        keys(into: &page)
        for (title, body) in Self.sections { page.section(title); body(&page) }
        return page.text
    }

    private func visibleSubcommands(_ command: CommandHelp) -> [CommandHelp] {
        (command.subcommands ?? []).filter { $0.shouldDisplay != false && $0.commandName != "help" }
    }

    private func commandEntry(_ command: CommandHelp, path: [String], into page: inout Roff) {
        let name = (path + [command.commandName]).joined(separator: " ")
        let arguments = (command.arguments ?? []).filter(\.isDocumented)
        page.line(".TP")
        page.line(".B \(Roff.escape(name))" + (arguments.isEmpty ? "" : " " + Roff.escape(synopsis(arguments))))
        page.text(Roff.escape(command.abstract ?? ""))
        if let discussion = command.discussion, !discussion.isEmpty { page.br(); page.text(Roff.escape(discussion)) }
        for argument in arguments {
            page.line(".RS")
            page.line(".TP")
            page.line(".B \(Roff.escape(argument.usage))")
            var words = argument.abstract ?? ""
            if let value = argument.defaultValue { words += " (default: \(value))" }
            page.text(Roff.escape(words))
            page.line(".RE")
        }
        for subcommand in visibleSubcommands(command) {
            commandEntry(subcommand, path: path + [command.commandName], into: &page)
        }
    }

    private func synopsis(_ arguments: [CommandHelp.Argument]) -> String {
        arguments.map { $0.isOptional ? "[\($0.usage)]" : $0.usage }.joined(separator: " ")
    }

    private func keys(into page: inout Roff) {
        page.paragraph("In the browser; \\fB?\\fR shows the same list.")
        for section in keyMap.sections {
            page.line(".SS \(Roff.escape(section.title))")
            for binding in section.bindings {
                page.line(".TP")
                page.line(".B \(Roff.escape(binding.label))")
                page.text(Roff.escape(binding.help))
            }
        }
    }

    static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }
}
