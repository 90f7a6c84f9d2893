import Foundation
import LedeTestSupport
import Testing

/// `lede install` and `lede uninstall` into a temporary prefix, and the installed binary on its own.
@Suite struct InstallTests {
    static let manAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/man")
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/groff")
    static let bashAvailable = FileManager.default.isExecutableFile(atPath: "/bin/bash")

    /// The test's own folder, removed with everything in it when the test ends.
    let scratch: TemporaryFolder
    var base: String { scratch.path }

    init() throws {
        scratch = try TemporaryFolder("lede-install")
    }
    var prefix: String { base + "/prefix" }
    var environment: [String: String] { ["HOME": base + "/home", "XDG_CACHE_HOME": base + "/cache"] }

    func installed(_ relative: String) -> String { prefix + "/" + relative }

    func install() throws {
        let run = try LedeBinary.run(["install", "--prefix", prefix], environment: environment)
        #expect(run.status == 0, "install failed: \(run.stderr)")
    }

    @Test func installsTheBinaryManPageCompletionsAndThemesThenUninstallsThemAll() throws {
        defer { try? FileManager.default.removeItem(atPath: base) }
        try install()
        #expect(FileManager.default.isExecutableFile(atPath: installed("bin/lede")))
        for file in ["share/man/man1/lede.1", "share/bash-completion/completions/lede", "share/zsh/site-functions/_lede",
                     "share/fish/vendor_completions.d/lede.fish", "share/lede/themes/default.toml",
                     "share/lede/themes/light.toml", "share/lede/installed-files"] {
            #expect(FileManager.default.fileExists(atPath: installed(file)), "\(file) not installed")
        }
        // Something of the user's own in the prefix must survive the uninstall.
        try Data("mine".utf8).write(to: URL(fileURLWithPath: installed("share/lede/themes/mine.toml")))

        let uninstall = try LedeBinary.run(["uninstall", "--prefix", prefix], environment: environment,
                                           executable: URL(fileURLWithPath: installed("bin/lede")))
        #expect(uninstall.status == 0, "uninstall failed: \(uninstall.stderr)")
        #expect(!FileManager.default.fileExists(atPath: installed("bin")))
        #expect(!FileManager.default.fileExists(atPath: installed("share/man")))
        #expect(FileManager.default.fileExists(atPath: installed("share/lede/themes/mine.toml")))
        #expect(try FileManager.default.subpathsOfDirectory(atPath: prefix).sorted()
            == ["share", "share/lede", "share/lede/themes", "share/lede/themes/mine.toml"])
    }

    @Test func theInstalledBinaryRunsAloneFromAnotherFolder() throws {
        defer { try? FileManager.default.removeItem(atPath: base) }
        try install()
        // Copy the binary alone into a folder of its own: nothing beside it.
        let alone = base + "/alone/lede"
        try FileManager.default.createDirectory(atPath: base + "/alone", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: installed("bin/lede"), toPath: alone)
        try SelfContainedCheck.runCommands(executable: alone, environment: environment)
    }

    @Test(.enabled(if: InstallTests.manAvailable, "needs man and groff (.ci/run installs man-db)"))
    func theManPageRendersWithoutWarnings() throws {
        defer { try? FileManager.default.removeItem(atPath: base) }
        try install()
        let man = try Subprocess.run("/usr/bin/man", ["-l", installed("share/man/man1/lede.1")],
                                     environment: ProcessInfo.processInfo.environment.merging(["MANWIDTH": "100", "MANPAGER": "cat"]) { $1 })
        #expect(man.status == 0, "man failed: \(man.stderr)")
        #expect(man.stdout.contains("KEYS"))
        #expect(man.stdout.contains("EXIT STATUS"))
        let groff = try Subprocess.run("/usr/bin/groff", ["-man", "-Tutf8", "-ww", "-z", installed("share/man/man1/lede.1")])
        #expect(groff.status == 0)
        #expect(groff.stderr.isEmpty, "groff warnings: \(groff.stderr)")
    }

    @Test(.enabled(if: InstallTests.bashAvailable, "needs bash"))
    func theBashCompletionLoads() throws {
        defer { try? FileManager.default.removeItem(atPath: base) }
        try install()
        let script = "source \"$1\" && complete -p lede"
        let bash = try Subprocess.run("/bin/bash", ["--norc", "-c", script, "bash", installed("share/bash-completion/completions/lede")])
        #expect(bash.status == 0, "bash: \(bash.stderr)")
        #expect(bash.stdout.contains("lede"))
    }

    @Test func uninstallWithoutAnInstallSaysSoAndExitsOne() throws {
        let run = try LedeBinary.run(["uninstall", "--prefix", base + "/empty"], environment: environment)
        #expect(run.status == 1)
        #expect(run.stderr.contains("nothing to uninstall"))
    }
}

/// Runs the commands that need the built-in data (the sample library, the gazetteers, the themes).
enum SelfContainedCheck {
    static func runCommands(executable: String, environment: [String: String]) throws {
        let url = URL(fileURLWithPath: executable)
        let list = try LedeBinary.run(["list", "--json"], environment: environment, executable: url)
        #expect(list.status == 0, "list: \(list.stderr)")
        #expect(list.lines.count >= 10, "the sample library should list its articles")
        let first = try #require(list.lines.first.flatMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] })
        let path = try #require(first["path"] as? String)
        let analyze = try LedeBinary.run(["analyze", "--json", path], environment: environment, executable: url)
        #expect(analyze.status == 0, "analyze: \(analyze.stderr)")
        #expect(analyze.stdout.contains("\"quotes\""))
        #expect(analyze.stdout.contains("\"entities\""))
        let themes = try LedeBinary.run(["themes"], environment: environment, executable: url)
        #expect(themes.status == 0)
        #expect(themes.stdout.contains("light"))
    }
}

/// Runs a program to its end and collects its outputs and exit status.
enum Subprocess {
    /// `environment` is the child's whole environment.
    static func run(_ executable: String, _ arguments: [String],
                    environment: [String: String] = ProcessInfo.processInfo.environment,
                    directory: String? = nil) throws -> LedeBinary.Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting: a full pipe would otherwise block the child forever.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return LedeBinary.Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                              stderr: String(decoding: errData, as: UTF8.self))
    }
}
