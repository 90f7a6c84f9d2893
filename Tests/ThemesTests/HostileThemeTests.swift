import Foundation
import LedeTestSupport
@testable import Themes
import Testing

/// Issue 18, items 7 and 14: large, mistaken and binary theme files.
@Suite struct HostileThemeTests {
    /// Removed with everything in it when the test ends.
    let scratch: TemporaryFolder
    var folder: String { scratch.path }

    init() throws {
        scratch = try TemporaryFolder("lede-themes")
    }

    var catalog: ThemeCatalog { ThemeCatalog(roles: testRoles, userFolder: folder) }

    static func roles(_ count: Int) -> String {
        "name = \"many\"\n[roles]\n" + (0..<count).map { "\"role\($0)\" = { fg = \"red\" }\n" }.joined()
    }

    @Test func manyMistakesAreCappedWithACount() {
        let result = ThemeParser.parse(Self.roles(5_000), file: "many.toml", defaultName: "many", validRoles: testRoles)
        guard case .failure(let problems) = result else {
            Issue.record("unknown roles must be errors")
            return
        }
        #expect(problems.errors.count == ThemeProblems.maxReported + 1)
        #expect(problems.errors.first?.description.hasPrefix("many.toml:3: role0: unknown role") == true)
        #expect(problems.errors.last?.description == "many.toml: 4990 more mistakes not shown")
    }

    /// Key lines come from one pass over the file (a search per key made 100,000 roles take a minute).
    @Test func keyLinesAreFoundInOnePass() {
        let lines = KeyLines(Self.roles(100_000) + "  'single' = 1\nbare=2\n\"quoted key\" = 3\nnot a key\n")
        #expect(lines.line(of: "name") == 1)
        #expect(lines.line(of: "role99999") == 100_002)
        #expect(lines.line(of: "single") == 100_003)
        #expect(lines.line(of: "bare") == 100_004)
        #expect(lines.line(of: "quoted key") == 100_005)
        #expect(lines.line(of: "not") == nil)
    }

    @Test func aThemeOverTheSizeCapIsRefusedUnread() throws {
        let path = folder + "/big.toml"
        try Data(Self.roles(20_000).utf8).write(to: URL(fileURLWithPath: path))
        let resolved = catalog.resolve(path)
        #expect(resolved.errors.map(\.description) == ["\(path): cannot read the theme file: its 555.6 KiB is over the 256.0 KiB limit"])
        #expect(resolved.styles == catalog.resolve("default").styles)
    }

    @Test func aBinaryThemeIsRefused() throws {
        let path = folder + "/binary.toml"
        try Data([0, 1, 2, 0x6E, 0x3D, 0x31, 0xFF]).write(to: URL(fileURLWithPath: path))
        #expect(catalog.resolve(path).errors.map(\.description)
            == ["\(path): cannot read the theme file: it is not text (it has NUL bytes or is not UTF-8)"])
    }
}

/// Found by fuzzing (FuzzTheme): table headers that trip an assertion inside toml++ are reported as
/// invalid TOML before TOMLKit sees them.
@Suite struct TOMLCrashRegressionTests {
    /// The first problem reported for `text`, which must be refused.
    static func refusal(_ text: String) -> String? {
        guard case .failure(let problems) = ThemeParser.parse(text, file: "t.toml", defaultName: "t", validRoles: testRoles)
        else { return nil }
        return problems.errors.first?.description
    }

    @Test(arguments: ["[}", "[\n", "[ +", "[[}", "  [\t}", "[\u{FFFD}", "name = \"x\"\n[=", "[ ạ", "[[[", "[[ [", "\u{FEFF}[\n"])
    func aHeaderThatCrashedTheParserIsInvalidTOML(text: String) {
        #expect(Self.refusal(text)?.hasSuffix("not valid TOML: a table header must start with a name") == true)
    }

    @Test(arguments: ["r=[}", "r = [ }", "r=[\n}", "r=[1,}", "r={a=[}}", "r=[[}]]", "r=[ # c\n }"])
    func aBraceWhereAnArrayWantsAValueIsInvalidTOML(text: String) {
        #expect(Self.refusal(text)?.hasSuffix("not valid TOML: a value is missing before `}`") == true)
    }

    @Test(arguments: ["[roles]\n", "[ \"roles\" ]\n", "[[x]]\n", "[", "a = [\n  [1, 2],\n]\n", "[ [a",
                      "q = { fg = \"#d7d787\", modifiers = [\"bold\"] }", "s = \"[}\" # [}\nt = \u{27}\u{27}\u{27}\nx [, }\n\u{27}\u{27}\u{27}"])
    func validTOMLIsNotRefused(text: String) {
        #expect(TOMLGuard.problem(in: text) == nil)
    }
}
