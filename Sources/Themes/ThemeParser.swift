import TerminalCanvas
import TOMLKit

/// Reads a TOML theme file:
///
///     name = "night"               # optional; the file name otherwise
///     parent = "default"           # optional: roles not set here come from the parent
///     background = "dark"          # optional: the terminal background the theme is made for
///     [roles]
///     "quote" = { fg = "yellow", bg = "default", modifiers = ["bold", "italic"] }
///
/// Every mistake is reported with file, line and key, and what would be valid.
public enum ThemeParser {
    /// The largest theme file read: a full theme is about 2 KB.
    public static let maxBytes = 256 * 1024
    public static let modifiers: [String: Style.Attributes] = [
        "bold": .bold, "italic": .italic, "underline": .underline, "reverse": .reverse, "dim": .dim,
    ]
    static let topKeys = ["name", "description", "parent", "background", "roles"]
    static let styleKeys = ["fg", "bg", "modifiers"]

    /// - Parameters:
    ///   - validRoles: the role names the program draws; any other name is an error.
    ///   - defaultName: the theme's name when the file does not give one (its file name).
    public static func parse(_ text: String, file: String, defaultName: String,
                             validRoles: [String]) -> Result<ThemeSpec, ThemeProblems> {
        if let (line, message) = TOMLGuard.problem(in: text) {
            return .failure(ThemeProblems([ThemeError(file: file, line: line, message: "not valid TOML: \(message)")]))
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return .failure(ThemeProblems([ThemeError(file: file, line: error.source.begin.line,
                                        message: "not valid TOML: \(error.description)")]))
        } catch {
            return .failure(ThemeProblems([ThemeError(file: file, message: "not valid TOML: \(error)")]))
        }
        let lines = KeyLines(text)
        var errors: [ThemeError] = []
        var spec = ThemeSpec(name: defaultName, origin: file)

        for key in table.keys where !topKeys.contains(key) {
            errors.append(ThemeError(file: file, line: lines.line(of: key), key: key,
                                     message: "unknown setting; valid: \(topKeys.joined(separator: ", "))"))
        }
        if let name = table["name"] {
            if let text = name.string, !text.isEmpty { spec.name = text } else {
                errors.append(ThemeError(file: file, line: lines.line(of: "name"), key: "name", message: "must be a text"))
            }
        }
        spec.description = table["description"]?.string
        if let parent = table["parent"] {
            if let text = parent.string { spec.parent = text } else {
                errors.append(ThemeError(file: file, line: lines.line(of: "parent"), key: "parent",
                                         message: "must be the name of another theme"))
            }
        }
        if let background = table["background"] {
            if let value = background.string.flatMap(ThemeSpec.Background.init(rawValue:)) {
                spec.background = value
            } else {
                errors.append(ThemeError(file: file, line: lines.line(of: "background"), key: "background",
                                         message: "must be \"dark\" or \"light\""))
            }
        }
        if let roles = table["roles"] {
            guard let rolesTable = roles.table else {
                return .failure(ThemeProblems(errors + [ThemeError(file: file, line: lines.line(of: "roles"), key: "roles",
                                                     message: "must be a table of role = { fg, bg, modifiers }")]))
            }
            let valid = Set(validRoles)
            for role in rolesTable.keys.sorted() {
                let line = lines.line(of: role)
                guard valid.contains(role) else {
                    errors.append(ThemeError(file: file, line: line, key: role,
                                             message: "unknown role; valid roles: \(validRoles.joined(separator: ", "))"))
                    continue
                }
                guard let styleTable = rolesTable[role]?.table else {
                    errors.append(ThemeError(file: file, line: line, key: role,
                                             message: "must be a table such as { fg = \"white\", modifiers = [\"bold\"] }"))
                    continue
                }
                switch roleStyle(styleTable, role: role, file: file, line: line) {
                case .success(let style): spec.roles[role] = style
                case .failure(let problems): errors += problems.errors
                }
            }
        }
        return errors.isEmpty ? .success(spec) : .failure(ThemeProblems(capping: errors, file: file))
    }

    static func roleStyle(_ table: TOMLTable, role: String, file: String,
                          line: Int?) -> Result<ThemeSpec.RoleStyle, ThemeProblems> {
        var style = ThemeSpec.RoleStyle()
        var errors: [ThemeError] = []
        for key in table.keys where !styleKeys.contains(key) {
            errors.append(ThemeError(file: file, line: line, key: "\(role).\(key)",
                                     message: "unknown key; valid: fg, bg, modifiers"))
        }
        for (key, path) in [("fg", \ThemeSpec.RoleStyle.foreground), ("bg", \ThemeSpec.RoleStyle.background)] {
            guard let value = table[key] else { continue }
            let color = value.string.flatMap(ColorParser.parse) ?? value.int.flatMap(ColorParser.parse)
            if let color {
                style[keyPath: path] = color
            } else {
                errors.append(ThemeError(file: file, line: line, key: "\(role).\(key)",
                                         message: "unknown colour \(value.string.map { "\"\($0)\"" } ?? "\(value)"); "
                                             + "valid: \(ColorParser.validForms)"))
            }
        }
        if let value = table["modifiers"] {
            var attributes: Style.Attributes = []
            let names = value.array.map { array in array.map { $0.string ?? "\($0)" } } ?? value.string.map { [$0] }
            for name in names ?? ["\(value)"] {
                if let attribute = modifiers[name.lowercased()] {
                    attributes.insert(attribute)
                } else {
                    errors.append(ThemeError(file: file, line: line, key: "\(role).modifiers",
                                             message: "unknown modifier \"\(name)\"; valid: "
                                                 + modifiers.keys.sorted().joined(separator: ", ")))
                }
            }
            style.attributes = attributes
        }
        return errors.isEmpty ? .success(style) : .failure(ThemeProblems(errors))
    }
}

/// Finds the line a key is written on, since the TOML library reports lines only for syntax errors.
/// Every line is read once into a table, so that a theme of many keys is not searched once per key.
struct KeyLines {
    private var firstLine: [String: Int] = [:]

    init(_ text: String) {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let key = Self.key(of: line), firstLine[key] == nil else { continue }
            firstLine[key] = index + 1
        }
    }

    func line(of key: String) -> Int? { firstLine[key] }

    /// The key a `key = value` line sets: bare, or in double or single quotes.
    static func key(of line: Substring) -> String? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        var key: Substring
        var rest: Substring
        if let quote = trimmed.first, quote == "\"" || quote == "'" {
            let body = trimmed.dropFirst()
            guard let end = body.firstIndex(of: quote) else { return nil }
            key = body[..<end]
            rest = body[body.index(after: end)...]
        } else {
            let end = trimmed.firstIndex { $0 == " " || $0 == "\t" || $0 == "=" } ?? trimmed.endIndex
            key = trimmed[..<end]
            rest = trimmed[end...]
        }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        return rest.hasPrefix("=") && !key.isEmpty ? String(key) : nil
    }
}
