import Foundation
import LedeTestSupport
import TerminalCanvas
@testable import Themes
import Testing
import TOMLKit

/// The roles these tests use: those the bundled default theme sets. That they are exactly the roles the
/// browser draws is checked where the two meet (the executable's tests).
let testRoles: [String] = {
    let table = try! TOMLTable(string: BundledThemes.files["default"]!)
    return table["roles"]!.table!.keys.sorted()
}()

@Suite struct ThemeParserTests {
    func parse(_ text: String) -> Result<ThemeSpec, ThemeProblems> {
        ThemeParser.parse(text, file: "t.toml", defaultName: "t", validRoles: testRoles)
    }

    @Test func readsColoursModifiersParentAndName() throws {
        let spec = try parse("""
            name = "night"
            parent = "default"
            background = "dark"
            [roles]
            "quote" = { fg = "yellow", bg = "default", modifiers = ["bold", "italic"] }
            "list.selected" = { fg = 208, bg = "#1a2b3c", modifiers = ["reverse"] }
            "status" = { fg = "bright-blue" }
            """).get()
        #expect(spec.name == "night")
        #expect(spec.parent == "default")
        #expect(spec.background == .dark)
        #expect(spec.roles["quote"] == .init(foreground: .yellow, background: .default, attributes: [.bold, .italic]))
        #expect(spec.roles["list.selected"] == .init(foreground: .indexed(208), background: .rgb(0x1A, 0x2B, 0x3C),
                                                     attributes: [.reverse]))
        #expect(spec.roles["status"] == .init(foreground: .brightBlue))
        #expect(spec.roles["status"]?.attributes == nil, "unset modifiers inherit")
    }

    @Test func colourForms() {
        #expect(ColorParser.parse("default") == .default)
        #expect(ColorParser.parse("Bright_Red") == .brightRed)
        #expect(ColorParser.parse("grey") == .brightBlack)
        #expect(ColorParser.parse("255") == .indexed(255))
        #expect(ColorParser.parse("256") == nil)
        #expect(ColorParser.parse("#FFfF00") == .rgb(255, 255, 0))
        #expect(ColorParser.parse("#fff") == nil)
        #expect(ColorParser.parse("chartreuse") == nil)
    }

    func errors(_ text: String) -> [String] {
        guard case .failure(let problems) = parse(text) else { return [] }
        return problems.errors.map(\.description)
    }

    @Test func tomlSyntaxErrorsNameFileAndLine() {
        let messages = errors("name = \"x\"\n[roles\n")
        #expect(messages.count == 1)
        #expect(messages[0].hasPrefix("t.toml:2: not valid TOML"))
    }

    @Test func unknownRoleNamesFileLineKeyAndTheValidRoles() {
        let messages = errors("[roles]\n\"quote\" = { fg = \"red\" }\n\"qoute\" = { fg = \"red\" }\n")
        #expect(messages == ["t.toml:3: qoute: unknown role; valid roles: \(testRoles.joined(separator: ", "))"])
    }

    @Test func unknownColourAndModifierAreExplained() {
        let messages = errors("[roles]\n\"quote\" = { fg = \"chartreuse\", modifiers = [\"blink\"] }\n")
        #expect(messages.count == 2)
        #expect(messages.contains { $0.hasPrefix("t.toml:2: quote.fg: unknown colour \"chartreuse\"; valid: default, a name (") })
        #expect(messages.contains("t.toml:2: quote.modifiers: unknown modifier \"blink\"; valid: bold, dim, italic, reverse, underline"))
    }

    @Test func unknownSettingsAndShapes() {
        #expect(errors("colour = 1\n") == ["t.toml:1: colour: unknown setting; valid: name, description, parent, background, roles"])
        #expect(errors("background = \"grey\"\n") == ["t.toml:1: background: must be \"dark\" or \"light\""])
        #expect(errors("[roles]\n\"quote\" = \"red\"\n").first?.contains("quote: must be a table") == true)
        #expect(errors("[roles]\n\"quote\" = { colour = \"red\" }\n") == ["t.toml:2: quote.colour: unknown key; valid: fg, bg, modifiers"])
    }
}

@Suite struct ThemeCatalogTests {
    let scratch: TemporaryFolder
    var folder: String { scratch.path }

    init() throws {
        scratch = try TemporaryFolder("lede-themes")
    }

    func write(_ name: String, _ text: String) throws {
        try scratch.write(name, text)
    }

    var catalog: ThemeCatalog { ThemeCatalog(roles: testRoles, userFolder: folder) }

    @Test func aChildOverridesItsParentRoleByRole() throws {
        try write("base.toml", "[roles]\n\"quote\" = { fg = \"red\", modifiers = [\"bold\"] }\n\"status\" = { fg = \"blue\" }\n")
        try write("child.toml", "parent = \"base\"\n[roles]\n\"quote\" = { bg = \"white\" }\n")
        let resolved = catalog.resolve("child")
        #expect(resolved.errors.isEmpty)
        #expect(resolved.name == "child")
        #expect(resolved.styles["quote"] == Style(foreground: .red, background: .white, attributes: [.bold]))
        // What neither sets comes from the default theme, which every theme builds on.
        var status = catalog.resolve("default").styles["status"]!
        status.foreground = .blue
        #expect(resolved.styles["status"] == status)
    }

    @Test func aMissingParentFallsBackToTheDefaultThemeWithTheMessage() throws {
        try write("orphan.toml", "name = \"orphan\"\nparent = \"nosuch\"\n[roles]\n\"quote\" = { fg = \"red\" }\n")
        let resolved = catalog.resolve("orphan")
        #expect(resolved.name == "default")
        #expect(resolved.errors.count == 1)
        let message = resolved.errors[0].description
        #expect(message.hasPrefix(folder + "/orphan.toml:2: parent: no theme named \"nosuch\"; themes: "))
        #expect(message.contains("console, default, high-contrast, light, mono, orphan"))
        #expect(resolved.styles == catalog.resolve("default").styles)
    }

    @Test func parentLoopsAreReported() throws {
        try write("a.toml", "parent = \"b\"\n")
        try write("b.toml", "parent = \"a\"\n")
        let resolved = catalog.resolve("a")
        #expect(resolved.name == "default")
        #expect(resolved.errors.first?.description.contains("parents form a loop") == true)
    }

    @Test func userThemesSitBesideBundledOnesAndWinOnTheSameName() throws {
        try write("mono.toml", "[roles]\n\"quote\" = { fg = \"red\" }\n")
        try write("mine.toml", "[roles]\n")
        let entries = catalog.entries()
        #expect(entries.map(\.name) == ["console", "default", "high-contrast", "light", "mine", "mono"])
        #expect(entries.first { $0.name == "mono" }?.origin == .user(path: folder + "/mono.toml"))
        #expect(entries.first { $0.name == "light" }?.origin == .bundled)
        #expect(catalog.resolve("mono").styles["quote"]?.foreground == .red)
    }

    @Test func aThemeFileByPathAndUnknownNames() throws {
        try write("by-path.toml", "[roles]\n\"status\" = { fg = 42 }\n")
        #expect(catalog.resolve(folder + "/by-path.toml").styles["status"]?.foreground == .indexed(42))
        let unknown = catalog.resolve("nosuch")
        #expect(unknown.name == "default")
        #expect(unknown.errors.first?.description.hasPrefix("nosuch: no such theme; themes: by-path, console, default") == true)
        let missingFile = catalog.resolve(folder + "/missing.toml")
        #expect(missingFile.errors.first?.description == folder + "/missing.toml: cannot read the theme file: no such file")
    }

    @Test func aBrokenUserThemeStillGivesUsableStyles() throws {
        try write("broken.toml", "[roles]\n\"quote\" = { fg = \"nope\" }\n")
        let resolved = catalog.resolve("broken")
        #expect(resolved.name == "default")
        #expect(resolved.errors.count == 1)
        #expect(Set(resolved.styles.keys) == Set(testRoles))
    }
}
