import Foundation
import TOMLKit
import XDGFolders

/// The reader's settings from `$XDG_CONFIG_HOME/lede/config.toml` (default `~/.config/lede/`):
///
///     theme = "light"          # a theme name or a theme file
///     library = "~/news"       # the library opened when none is named
struct Config {
    var theme: String?
    var library: String?
    /// Problems in the file, each naming it; lede reports them and goes on with the defaults.
    var problems: [String] = []

    static var keys: [String] { ConfigSetting.keys }

    static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        XDGFolder.config.path(environment: environment)
    }

    static var themesFolder: String { (folder() as NSString).appendingPathComponent("themes") }

    static func load(folder: String = Config.folder()) -> Config {
        let path = (folder as NSString).appendingPathComponent("config.toml")
        guard let data = FileManager.default.contents(atPath: path) else { return Config() }
        return parse(String(decoding: data, as: UTF8.self), file: path)
    }

    static func parse(_ text: String, file: String) -> Config {
        var config = Config()
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            config.problems.append("\(file):\(error.source.begin.line): not valid TOML: \(error.description)")
            return config
        } catch {
            config.problems.append("\(file): not valid TOML")
            return config
        }
        for key in table.keys.sorted() where !keys.contains(key) {
            config.problems.append("\(file): \(key): unknown setting; valid: \(keys.joined(separator: ", "))")
        }
        for key in keys {
            guard let value = table[key] else { continue }
            guard let text = value.string else {
                config.problems.append("\(file): \(key): must be a text in quotes")
                continue
            }
            if key == "theme" { config.theme = text } else { config.library = expandingTilde(text) }
        }
        return config
    }

    static func expandingTilde(_ path: String) -> String {
        path.hasPrefix("~/") ? (NSHomeDirectory() as NSString).appendingPathComponent(String(path.dropFirst(2))) : path
    }
}
