import ArticleModel
import TerminalCanvas

/// Styles by role. A plain value handed to the views: no global theme state, so two screens (or a test
/// and the app) can use different themes at once.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var styles: [Role: Style]

    public init(name: String, styles: [Role: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style of `role`; roles the theme leaves out are drawn plain.
    public subscript(role: Role) -> Style { styles[role] ?? .plain }

    static func role(for kind: Entity.Kind) -> Role {
        switch kind {
        case .person: .entityPerson
        case .organization: .entityOrganization
        case .place: .entityPlace
        case .date: .entityDate
        }
    }
}

extension Theme {
    /// A theme in code, for tests and benchmarks that need one without reading theme files. lede itself
    /// draws with the themes in `themes/` (the bundled `default` unless another is chosen).
    public static let defaultDark = Theme(name: "default-dark", styles: [
        .listItem: Style(),
        .selectedItem: Style(attributes: [.reverse]),
        .unread: Style(foreground: .brightCyan, attributes: [.bold]),
        .bookmarkMark: Style(foreground: .brightYellow),
        .listMeta: Style(foreground: .brightBlack),
        .paneBorder: Style(foreground: .brightBlack),
        .paneTitle: Style(foreground: .white, attributes: [.bold]),
        .focusedPane: Style(foreground: .brightCyan, attributes: [.bold]),
        .articleTitle: Style(foreground: .brightWhite, attributes: [.bold]),
        .articleMeta: Style(foreground: .brightBlack),
        .lede: Style(foreground: .white, attributes: [.bold]),
        .heading: Style(foreground: .brightBlue, attributes: [.bold]),
        .bodyText: Style(),
        .quotation: Style(foreground: .brightGreen),
        .selectedQuotation: Style(foreground: .black, background: .green),
        .quoteSpeaker: Style(foreground: .brightYellow, attributes: [.bold]),
        .term: Style(foreground: .white, attributes: [.italic]),
        .entityPerson: Style(foreground: .brightMagenta),
        .entityOrganization: Style(foreground: .brightCyan),
        .entityPlace: Style(foreground: .yellow),
        .entityDate: Style(foreground: .cyan),
        .searchMatch: Style(foreground: .black, background: .brightYellow),
        .statusBar: Style(foreground: .white, background: .brightBlack),
        .keyHint: Style(foreground: .brightWhite, background: .brightBlack, attributes: [.bold]),
        .help: Style(foreground: .white, background: .black),
        .error: Style(foreground: .brightWhite, background: .red, attributes: [.bold]),
        .screen: Style(),
    ])
}
