import Foundation
import PackagePlugin

/// Builds data files into the binary as Swift source, so that an installed `lede` needs no resource
/// bundle beside it: the gazetteers and learned models for TextAnalysis, the sample articles for
/// ArticleStore, and the git commit for `lede --version`. The generated code is rebuilt whenever an input
/// file changes.
@main
struct EmbedFilesPlugin: BuildToolPlugin {
    /// Which folders of which target become which Swift enums.
    static let folders: [String: [(folder: String, typeName: String)]] = [
        "TextAnalysis": [("Gazetteers", "EmbeddedGazetteers"), ("Models", "EmbeddedModels")],
        "ArticleStore": [("SampleLibrary", "EmbeddedSampleLibrary")],
    ]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let tool = try context.tool(named: "embed-files").url
        if target.name == "lede" { return buildInfoCommand(context: context, tool: tool) }
        guard let entries = Self.folders[target.name] else {
            throw EmbedFilesError("EmbedFiles knows no data folder for target \(target.name)")
        }
        return try entries.map { entry in
            let folder = target.directoryURL.appending(path: entry.folder)
            let inputs = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { !$0.lastPathComponent.hasPrefix(".") }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
            let output = context.pluginWorkDirectoryURL.appending(path: "\(entry.typeName).swift")
            return .buildCommand(
                displayName: "Embedding \(entry.folder) in \(target.name)",
                executable: tool,
                arguments: ["files", entry.typeName, output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        }
    }

    /// The commit the binary is built from, read from the git files themselves (no git process), and
    /// rebuilt when HEAD or the branch it names moves.
    func buildInfoCommand(context: PluginContext, tool: URL) -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "BuildInfo.swift")
        let git = GitFiles(packageDirectory: context.package.directoryURL)
        return [.buildCommand(
            displayName: "Recording the git commit of lede",
            executable: tool,
            arguments: ["build-info", output.path, git.commit() ?? ""],
            inputFiles: git.watchedFiles(),
            outputFiles: [output]
        )]
    }
}

struct EmbedFilesError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Reads the current commit from a checkout's `.git` (a folder, or a file pointing at a worktree's folder).
struct GitFiles {
    var gitDirectory: URL?
    var commonDirectory: URL?

    init(packageDirectory: URL) {
        let dotGit = packageDirectory.appending(path: ".git")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dotGit.path, isDirectory: &isFolder) else { return }
        if isFolder.boolValue {
            gitDirectory = dotGit
        } else if let text = try? String(contentsOf: dotGit, encoding: .utf8), text.hasPrefix("gitdir:") {
            let path = text.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespacesAndNewlines)
            gitDirectory = URL(fileURLWithPath: path, relativeTo: packageDirectory).standardizedFileURL
        }
        commonDirectory = gitDirectory
        if let gitDirectory, let common = try? String(contentsOf: gitDirectory.appending(path: "commondir"), encoding: .utf8) {
            let path = common.trimmingCharacters(in: .whitespacesAndNewlines)
            commonDirectory = URL(fileURLWithPath: path, relativeTo: gitDirectory).standardizedFileURL
        }
    }

    var head: String? {
        gitDirectory.flatMap { try? String(contentsOf: $0.appending(path: "HEAD"), encoding: .utf8) }?
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    var branchReference: String? {
        guard let head, head.hasPrefix("ref: ") else { return nil }
        return String(head.dropFirst(5))
    }

    func commit() -> String? {
        guard let head else { return nil }
        guard let reference = branchReference else { return head.count >= 7 ? String(head.prefix(12)) : nil }
        if let loose = commonDirectory.flatMap({ try? String(contentsOf: $0.appending(path: reference), encoding: .utf8) }) {
            return String(loose.trimmingCharacters(in: .whitespacesAndNewlines).prefix(12))
        }
        let packed = commonDirectory.flatMap { try? String(contentsOf: $0.appending(path: "packed-refs"), encoding: .utf8) }
        let line = packed?.split(separator: "\n").first { $0.hasSuffix(" " + reference) }
        return line.map { String($0.prefix(12)) }
    }

    func watchedFiles() -> [URL] {
        var files: [URL] = []
        if let gitDirectory { files.append(gitDirectory.appending(path: "HEAD")) }
        if let commonDirectory {
            if let reference = branchReference { files.append(commonDirectory.appending(path: reference)) }
            files.append(commonDirectory.appending(path: "packed-refs"))
        }
        return files.filter { FileManager.default.fileExists(atPath: $0.path) }
    }
}
