import BrowserUI
import Foundation
import Testing
@testable import lede

@Suite struct ManualPageTests {
    let page = ManualPage(help: try! CommandHelp.current(), date: Date(timeIntervalSince1970: 0)).render()

    @Test func everyKeyOfTheKeyMapIsInThePage() {
        for binding in KeyMap.standard.bindings {
            #expect(page.contains(".B \(Roff.ascii(Roff.escape(binding.label)))\n\(Roff.ascii(Roff.escape(binding.help)))\n"),
                    "key \(binding.label) (\(binding.help)) missing from the manual page")
        }
    }

    @Test func everyVisibleCommandAndOptionIsInThePage() throws {
        let help = try CommandHelp.current()
        for command in help.subcommands ?? [] where command.shouldDisplay != false && command.commandName != "help" {
            #expect(page.contains(".B lede \(command.commandName)"), "command \(command.commandName) missing")
            for argument in command.arguments ?? [] where argument.isDocumented {
                #expect(page.contains(Roff.escape(argument.usage)), "\(command.commandName) \(argument.usage) missing")
            }
        }
    }

    @Test func hasTheSectionsPeopleLookFor() {
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "KEYS", "CONFIGURATION", "FILES", "ENVIRONMENT",
                        "EXIT STATUS", "EXAMPLES"] {
            #expect(page.contains("\n.SH \(section)\n"), "section \(section) missing")
        }
        #expect(page.hasPrefix(".TH LEDE 1 1970-01-01 \"lede \(Lede.version)\""))
    }

    @Test func everyConfigSettingIsDocumentedInThePageAndTheExample() {
        for setting in ConfigSetting.all {
            #expect(page.contains(".B \(setting.key)\n"))
            #expect(ConfigSetting.exampleFile.contains("# \(setting.key) = \(setting.example)\n"))
        }
    }

    @Test func noLineOfTextStartsARequestByAccident() {
        let requests: Set<String> = [".TH", ".SH", ".SS", ".PP", ".TP", ".B", ".RS", ".RE", ".br"]
        for line in page.split(separator: "\n") where line.hasPrefix(".") || line.hasPrefix("'") {
            let request = String(line.split(separator: " ").first ?? "")
            #expect(requests.contains(request), "unexpected roff request: \(line)")
        }
    }

    @Test func roffEscapesBackslashesAndHyphens() {
        #expect(Roff.escape(#"--a\b"#) == #"\-\-a\eb"#)
        var roff = Roff()
        roff.text(".not a request")
        #expect(roff.text == "\\&.not a request\n")
        #expect(Roff.ascii("j ↓ Đà") == #"j \[u2193] \[u0110]\[u00E0]"#)
    }
}
