import TerminalCanvas

/// A theme file as written: its name, optional parent, and the styles it sets, role by role. What it
/// leaves unset comes from its parent.
public struct ThemeSpec: Hashable, Sendable {
    /// One role's settings; nil means "as the parent has it".
    public struct RoleStyle: Hashable, Sendable {
        public var foreground: Color?
        public var background: Color?
        public var attributes: Style.Attributes?

        public init(foreground: Color? = nil, background: Color? = nil, attributes: Style.Attributes? = nil) {
            self.foreground = foreground
            self.background = background
            self.attributes = attributes
        }

        /// `self` over `base`: what this sets wins.
        func over(_ base: Style) -> Style {
            Style(foreground: foreground ?? base.foreground, background: background ?? base.background,
                  attributes: attributes ?? base.attributes)
        }
    }

    /// Whether the theme is made for a dark or a light terminal background: what `default` colours are
    /// assumed to be when contrast is checked.
    public enum Background: String, Hashable, Sendable {
        case dark, light
    }

    public var name: String
    public var description: String?
    public var parent: String?
    public var background: Background?
    public var roles: [String: RoleStyle]
    /// Where it was read from (a path, or `bundled:NAME`), for messages.
    public var origin: String

    public init(name: String, description: String? = nil, parent: String? = nil, background: Background? = nil,
                roles: [String: RoleStyle] = [:], origin: String) {
        self.name = name
        self.description = description
        self.parent = parent
        self.background = background
        self.roles = roles
        self.origin = origin
    }
}
