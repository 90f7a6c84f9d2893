import Foundation
import RegularFiles
import TerminalCanvas

/// Where themes come from and how one is chosen: the bundled themes, and the user's themes in
/// `$XDG_CONFIG_HOME/lede/themes/` (a user theme with a bundled theme's name wins).
public struct ThemeCatalog: Sendable {
    public enum Origin: Hashable, Sendable, CustomStringConvertible {
        case bundled
        case user(path: String)

        public var description: String {
            switch self {
            case .bundled: "bundled"
            case .user(let path): path
            }
        }
    }

    public struct Entry: Hashable, Sendable {
        public var name: String
        public var origin: Origin
    }

    /// A theme resolved for drawing: a style for every role, and what went wrong on the way.
    public struct Resolved: Sendable {
        public var name: String
        public var styles: [String: Style]
        /// Problems found; when there are any, `styles` are the default theme's.
        public var errors: [ThemeError]
        /// The terminal background the theme is made for, from it or its nearest parent that says.
        public var background: ThemeSpec.Background? = nil
    }

    public static let defaultName = "default"
    public static let monoName = "mono"

    /// The role names the program draws: every theme must end up with a style for each.
    public let roles: [String]
    public let userFolder: String?

    public init(roles: [String], userFolder: String?) {
        self.roles = roles
        self.userFolder = userFolder
    }

    /// Bundled and user themes by name, sorted; where both have a name, the user's.
    public func entries() -> [Entry] {
        var byName: [String: Entry] = [:]
        for name in BundledThemes.files.keys { byName[name] = Entry(name: name, origin: .bundled) }
        for (name, path) in userFiles() { byName[name] = Entry(name: name, origin: .user(path: path)) }
        return byName.values.sorted { $0.name < $1.name }
    }

    /// The names `T` cycles through, in order.
    public var names: [String] { entries().map(\.name) }

    /// Resolves a theme given by name or by a file path (anything with a `/` or ending in `.toml`).
    /// Every theme implicitly builds on the default theme, so that a user theme may set only a few
    /// roles. On any error the default theme is used and the errors are returned for the reader to see.
    public func resolve(_ nameOrFile: String) -> Resolved {
        switch chain(for: nameOrFile) {
        case .failure(let problems):
            let errors = problems.errors
            if nameOrFile == ThemeCatalog.defaultName {
                return Resolved(name: nameOrFile, styles: plainStyles(), errors: errors)
            }
            let fallback = resolve(ThemeCatalog.defaultName)
            return Resolved(name: fallback.name, styles: fallback.styles, errors: errors + fallback.errors,
                            background: fallback.background)
        case .success(var specs):
            if specs.last?.name != ThemeCatalog.defaultName, case .success(let base) = chain(for: ThemeCatalog.defaultName) {
                specs += base
            }
            var styles = plainStyles()
            for spec in specs.reversed() {
                for (role, style) in spec.roles { styles[role] = style.over(styles[role] ?? .plain) }
            }
            return Resolved(name: specs[0].name, styles: styles, errors: [], background: specs.lazy.compactMap(\.background).first)
        }
    }

    /// Roles that a theme and its named parents leave unset (before the implicit default theme).
    public func missingRoles(_ nameOrFile: String) -> [String] {
        guard case .success(let specs) = chain(for: nameOrFile) else { return roles }
        return roles.filter { role in !specs.contains { $0.roles[role] != nil } }
    }

    func plainStyles() -> [String: Style] {
        Dictionary(uniqueKeysWithValues: roles.map { ($0, Style.plain) })
    }

    /// The theme and its named ancestors, child first.
    func chain(for nameOrFile: String) -> Result<[ThemeSpec], ThemeProblems> {
        var specs: [ThemeSpec] = []
        var seen: Set<String> = []
        var next: String? = nameOrFile
        while let current = next {
            let loaded: Result<ThemeSpec, ThemeProblems>
            if specs.isEmpty, isFile(current) {
                loaded = load(file: current)
            } else if let found = load(named: current) {
                loaded = found
            } else {
                return .failure(ThemeProblems([unknownTheme(current, namedBy: specs.last)]))
            }
            let spec: ThemeSpec
            switch loaded {
            case .success(let value): spec = value
            case .failure(let problems): return .failure(problems)
            }
            guard seen.insert(spec.name).inserted else {
                let child = specs.last ?? spec
                return .failure(ThemeProblems([ThemeError(file: child.origin, line: parentLine(of: child), key: "parent",
                                            message: "the themes' parents form a loop through \"\(spec.name)\"")]))
            }
            specs.append(spec)
            next = spec.parent
        }
        return .success(specs)
    }

    func unknownTheme(_ name: String, namedBy child: ThemeSpec?) -> ThemeError {
        let known = names.joined(separator: ", ")
        guard let child else { return ThemeError(file: name, message: "no such theme; themes: \(known)") }
        return ThemeError(file: child.origin, line: parentLine(of: child), key: "parent",
                          message: "no theme named \"\(name)\"; themes: \(known)")
    }

    func parentLine(of spec: ThemeSpec) -> Int? {
        KeyLines(text(of: spec) ?? "").line(of: "parent")
    }

    func isFile(_ text: String) -> Bool { text.contains("/") || text.hasSuffix(".toml") }

    func load(named name: String) -> Result<ThemeSpec, ThemeProblems>? {
        if let path = userFiles()[name] { return load(file: path) }
        guard let text = BundledThemes.files[name] else { return nil }
        return ThemeParser.parse(text, file: "bundled theme \(name)", defaultName: name, validRoles: roles)
    }

    func load(file path: String) -> Result<ThemeSpec, ThemeProblems> {
        let text: String
        do {
            text = try RegularFile.text(of: path, limit: ThemeParser.maxBytes)
        } catch {
            return .failure(ThemeProblems([ThemeError(file: path, message: "cannot read the theme file: \(error)")]))
        }
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return ThemeParser.parse(text, file: path, defaultName: name, validRoles: roles)
    }

    func text(of spec: ThemeSpec) -> String? {
        (try? RegularFile.text(of: spec.origin, limit: ThemeParser.maxBytes)) ?? BundledThemes.files[spec.name]
    }

    /// `name → path` of the `.toml` files in the user's theme folder.
    func userFiles() -> [String: String] {
        guard let userFolder, let names = try? FileManager.default.contentsOfDirectory(atPath: userFolder) else { return [:] }
        var result: [String: String] = [:]
        for file in names where file.hasSuffix(".toml") && !file.hasPrefix(".") {
            result[String(file.dropLast(5))] = (userFolder as NSString).appendingPathComponent(file)
        }
        return result
    }
}
