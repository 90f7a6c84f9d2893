import ArgumentParser
import Foundation
import Themes

/// What `lede install` puts under a prefix, and the manifest `lede uninstall` removes by: the binary, the
/// manual page, completions for bash, zsh and fish, and the bundled themes as examples.
struct Installation {
    var prefix: String

    static let manifestPath = "share/lede/installed-files"

    func path(_ relative: String) -> String { (prefix as NSString).appendingPathComponent(relative) }

    /// Every file, by path under the prefix, with its contents and mode. The binary is this very binary.
    func files() throws -> [(relative: String, contents: Data, mode: Int)] {
        guard let binary = FileManager.default.contents(atPath: "/proc/self/exe") else {
            throw FileFailure("lede: cannot read its own binary (/proc/self/exe) to install it")
        }
        var files: [(String, Data, Int)] = [
            ("bin/lede", binary, 0o755),
            ("share/man/man1/lede.1", Data(ManualPage(help: try CommandHelp.current()).render().utf8), 0o644),
            ("share/bash-completion/completions/lede", Data(Lede.completionScript(for: .bash).utf8), 0o644),
            ("share/zsh/site-functions/_lede", Data(Lede.completionScript(for: .zsh).utf8), 0o644),
            ("share/fish/vendor_completions.d/lede.fish", Data(Lede.completionScript(for: .fish).utf8), 0o644),
        ]
        for name in BundledThemes.files.keys.sorted() {
            files.append(("share/lede/themes/\(name).toml", Data(BundledThemes.files[name]!.utf8), 0o644))
        }
        return files
    }

    /// Writes each file atomically (a temp file renamed over the old one, so a running lede is never
    /// overwritten in place), then the manifest.
    func install() throws -> [String] {
        var written: [String] = []
        for file in try files() {
            try write(file.contents, to: path(file.relative), mode: file.mode)
            written.append(file.relative)
        }
        try write(Data((written.joined(separator: "\n") + "\n").utf8), to: path(Self.manifestPath), mode: 0o644)
        return written
    }

    /// Removes what the manifest lists (only paths inside the prefix), the manifest, and the folders that
    /// are left empty.
    func uninstall() throws -> [String] {
        guard let manifest = FileManager.default.contents(atPath: path(Self.manifestPath)) else {
            throw FileFailure("lede: nothing to uninstall: \(path(Self.manifestPath)) is not there")
        }
        let listed = String(decoding: manifest, as: UTF8.self).split(separator: "\n").map(String.init)
            .filter { !$0.isEmpty && !$0.hasPrefix("/") && !$0.split(separator: "/").contains("..") }
        var removed: [String] = []
        for relative in listed + [Self.manifestPath] where (try? FileManager.default.removeItem(atPath: path(relative))) != nil {
            removed.append(relative)
            removeEmptyParents(of: relative)
        }
        return removed
    }

    private func removeEmptyParents(of relative: String) {
        var folder = (relative as NSString).deletingLastPathComponent
        while !folder.isEmpty, rmdir(path(folder)) == 0 {
            folder = (folder as NSString).deletingLastPathComponent
        }
    }

    private func write(_ data: Data, to target: String, mode: Int) throws {
        let folder = (target as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let temporary = target + ".lede-install-\(getpid())"
            guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: mode]) else {
                throw FileFailure("lede: cannot write \(temporary)")
            }
            guard rename(temporary, target) == 0 else {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(atPath: temporary)
                throw FileFailure("lede: cannot install \(target): \(reason)")
            }
        } catch let failure as FileFailure {
            throw failure
        } catch {
            throw FileFailure("lede: cannot create the folder \(folder): \(error.localizedDescription)")
        }
    }
}
