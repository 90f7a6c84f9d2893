/// One setting of `config.toml`: its key, what it does and an example value. The config reader, the
/// manual page and `lede config --example` all read this table.
struct ConfigSetting {
    var key: String
    var help: String
    /// A TOML value for the example file.
    var example: String

    static let all: [ConfigSetting] = [
        ConfigSetting(key: "theme", help: "The colour theme: a bundled theme's name or a theme file.", example: #""light""#),
        ConfigSetting(key: "library", help: "The library opened when none is named (a folder; ~ is your home).",
                      example: #""~/news""#),
    ]

    static var keys: [String] { all.map(\.key) }

    /// A commented `config.toml` with every setting, as `lede config --example` prints it.
    static var exampleFile: String {
        var lines = ["# lede's settings: save as ~/.config/lede/config.toml (or $XDG_CONFIG_HOME/lede/config.toml).",
                     "# Every setting is optional; remove the # before a line to use it."]
        for setting in all {
            lines.append("")
            lines.append(contentsOf: wrap(setting.help, width: 100).map { "# " + $0 })
            lines.append("# \(setting.key) = \(setting.example)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
