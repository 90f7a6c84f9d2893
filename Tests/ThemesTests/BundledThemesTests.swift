import Foundation
@testable import Themes
import Testing

/// The bundled copies inside the binary must be exactly the files in the top-level themes/ folder.
@Suite struct BundledThemesTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let themesFolder = packageRoot.appendingPathComponent("themes").path
    static let generatedFile = packageRoot.appendingPathComponent("Sources/Themes/BundledThemes.swift").path

    static func filesOnDisk() throws -> [String: String] {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: themesFolder) where name.hasSuffix(".toml") {
            files[String(name.dropLast(5))] = try String(contentsOfFile: themesFolder + "/" + name, encoding: .utf8)
        }
        return files
    }

    /// The Swift source that embeds `files`.
    static func source(for files: [String: String]) -> String {
        var lines = [
            "// Generated from the top-level themes/ folder so that an installed lede has its themes.",
            "// Do not edit: change themes/*.toml, then run",
            "//     LEDE_UPDATE_BUNDLED_THEMES=1 swift test --filter BundledThemesTests",
            "",
            "/// The theme files bundled with lede, by name.",
            "public enum BundledThemes {",
            "    public static let files: [String: String] = [",
        ]
        for name in files.keys.sorted() {
            lines.append("        \"\(name)\": #\"\"\"")
            var text = files[name]!
            while text.hasSuffix("\n") { text.removeLast() }
            lines += text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "            " + $0 }
            lines.append("            \"\"\"#,")
        }
        lines += ["    ]", "}"]
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func embeddedCopiesMatchTheThemesFolder() throws {
        let files = try Self.filesOnDisk()
        let expected = Self.source(for: files)
        if ProcessInfo.processInfo.environment["LEDE_UPDATE_BUNDLED_THEMES"] == "1" {
            try expected.write(toFile: Self.generatedFile, atomically: true, encoding: .utf8)
        }
        let current = try String(contentsOfFile: Self.generatedFile, encoding: .utf8)
        #expect(current == expected, "themes/ changed: run LEDE_UPDATE_BUNDLED_THEMES=1 swift test --filter BundledThemesTests")
        for (name, text) in files {
            var trimmed = text
            while trimmed.hasSuffix("\n") { trimmed.removeLast() }
            #expect(BundledThemes.files[name] == trimmed)
        }
        #expect(files.count >= 5)
    }
}

@Suite struct BundledThemeContentTests {
    let catalog = ThemeCatalog(roles: testRoles, userFolder: nil)

    @Test(arguments: ["default", "light", "high-contrast", "console", "mono"])
    func parsesAndDefinesEveryRole(_ name: String) {
        let resolved = catalog.resolve(name)
        #expect(resolved.errors.isEmpty, "\(resolved.errors)")
        #expect(resolved.name == name)
        #expect(catalog.missingRoles(name).isEmpty, "\(name) leaves out \(catalog.missingRoles(name))")
    }

    @Test func monoUsesNoColourAndConsoleOnlyTheSixteen() {
        for style in catalog.resolve("mono").styles.values {
            #expect(style.foreground == .default && style.background == .default)
        }
        for style in catalog.resolve("console").styles.values {
            for color in [style.foreground, style.background] {
                switch color {
                case .default: break
                case .indexed(let index): #expect(index < 16)
                case .rgb: Issue.record("console uses a true colour")
                }
            }
        }
    }

    @Test func highContrastBuildsOnDefault() {
        let child = catalog.resolve("high-contrast").styles, parent = catalog.resolve("default").styles
        #expect(child["list.unread"] == parent["list.unread"], "a role it does not set is the parent's")
        #expect(child["article.body"] != parent["article.body"])
    }
}
