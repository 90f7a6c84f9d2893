import TerminalCanvas

/// The key bindings, as data: the reducer looks keys up here, and the help overlay and the status-bar
/// hints are generated from the same rows, so they cannot disagree.
public struct KeyMap: Hashable, Sendable {
    /// A titled group of bindings in the help overlay.
    public struct Section: Hashable, Sendable {
        public var title: String
        public var bindings: [KeyBinding]

        public init(_ title: String, _ bindings: [KeyBinding]) {
            self.title = title
            self.bindings = bindings
        }
    }

    public var sections: [Section]

    public init(sections: [Section]) { self.sections = sections }

    public var bindings: [KeyBinding] { sections.flatMap(\.bindings) }

    public func command(for key: KeyEvent) -> Command? {
        bindings.first { $0.keys.contains(key) && !$0.command.isBookmarksViewOnly }?.command
    }

    /// The command of `key` in the entities and speakers views, which have no sidebar: the key that shows
    /// or hides it in the panes (`s`) sorts their rows instead, as their footer says.
    func browserCommand(for key: KeyEvent) -> Command? {
        let command = command(for: key)
        return command == .toggleSidebar ? .sortRows : command
    }

    /// The status-bar hints while the help overlay is open.
    public var overlayHints: [(keys: String, text: String)] {
        hints([(.down, "scroll"), (.close, "close")])
    }

    /// Hints for these commands, each under the first key bound to it; unbound ones are left out.
    func hints(_ commands: [(Command, String)]) -> [(keys: String, text: String)] {
        commands.compactMap { command, text in
            bindings.first { $0.command == command }.map { (Self.firstKey(of: $0), text) }
        }
    }

    static func firstKey(of binding: KeyBinding) -> String {
        binding.label.split(separator: " ").first.map(String.init) ?? binding.label
    }

    /// What the status bar says for a key bound to nothing, so that a key never seems to be ignored.
    public func unboundMessage(for key: KeyEvent) -> StatusMessage {
        let help = hints([(.help, "")]).first?.keys ?? "?"
        return StatusMessage("\(Self.name(of: key)) does nothing here: \(help) lists the keys")
    }

    /// A key as people write it: `x`, `Ctrl-X`, `F5`, `←`.
    static func name(of key: KeyEvent) -> String {
        switch key {
        case .character(let character): character == " " ? "Space" : String(character)
        case .control(let character): "Ctrl-" + character.uppercased()
        case .function(let number): "F\(number)"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .mouse, .resize: "That"
        }
    }

    /// The status-bar hints for the focused pane: (keys, word).
    public func hints(for pane: Pane) -> [(keys: String, text: String)] {
        bindings.compactMap { binding in
            guard let hint = binding.hint, binding.hintPanes.contains(pane) else { return nil }
            return (Self.firstKey(of: binding), hint)
        }
    }

}

extension KeyMap {
    private static func chars(_ text: String) -> [KeyEvent] { text.map { .character($0) } }

    public static let standard = KeyMap(sections: [
        Section("Move", [
            KeyBinding(chars("j") + [.down], "j ↓", .down, "Next article, scroll down, next quote",
                       hint: "down", in: [.list]),
            KeyBinding(chars("k") + [.up], "k ↑", .up, "Previous article, scroll up, previous quote"),
            KeyBinding(chars(" "), "Space", .readOn, "One page down; at an article's end, the next unread",
                       hint: "page", in: [.reading]),
            KeyBinding([.pageDown], "PgDn", .pageDown, "One page down"),
            KeyBinding([.pageUp], "PgUp", .pageUp, "One page up"),
            KeyBinding(chars("g") + [.home], "g Home", .top, "To the top"),
            KeyBinding(chars("G") + [.end], "G End", .bottom, "To the bottom"),
            KeyBinding([.tab], "Tab", .focusNext, "Next pane", hint: "pane"),
            KeyBinding([.backTab], "S-Tab", .focusPrevious, "Previous pane"),
        ]),
        Section("Read", [
            KeyBinding([.enter], "Enter", .open, "Open the article; in quotes, go to the quote",
                       hint: "open", in: [.list, .quotes]),
            KeyBinding(chars("]"), "]", .nextQuote, "Next quote in the article", hint: "quote", in: [.reading]),
            KeyBinding(chars("["), "[", .previousQuote, "Previous quote in the article"),
            KeyBinding(chars("s"), "s", .toggleSidebar, "Show or hide the quote sidebar", hint: "quotes",
                       in: [.reading]),
            KeyBinding(chars("o"), "o", .openLink, "Open the article's link in $BROWSER (w3m, lynx: in this terminal)"),
            KeyBinding(chars("r"), "r", .reload, "Reload the library, fetching its feeds"),
            KeyBinding(chars("f"), "f", .feeds, "List the feeds; Enter filters the list"),
            KeyBinding(chars("u"), "u", .toggleRead, "Mark the article read or unread"),
            KeyBinding(chars("p"), "p", .pager, "Read the article's text in $PAGER (default less)"),
        ]),
        Section("Next article", [
            KeyBinding(chars("J"), "J", .nextArticle, "Next article in the list, opened where you are"),
            KeyBinding(chars("K"), "K", .previousArticle, "Previous article in the list, opened where you are"),
            KeyBinding(chars("U"), "U", .nextUnread, "Next unread article (Space does it at an article's end)",
                       hint: "unread", in: [.reading]),
            KeyBinding(chars("A"), "A", .markAllRead, "Mark every article in the list read (again: undo)"),
            KeyBinding(chars("F"), "F", .unreadOnly, "Show only unread articles (again: all)"),
            KeyBinding(chars(">"), ">", .widenPane, "Widen the focused pane"),
            KeyBinding(chars("<"), "<", .narrowPane, "Narrow the focused pane"),
        ]),
        Section("Bookmarks", [
            KeyBinding(chars("b"), "b", .bookmark,
                       "Bookmark the article, or the quote highlighted with ] or in quotes (again: remove)"),
            KeyBinding(chars("a"), "a", .editNote, "Write the note of that bookmark"),
            KeyBinding(chars("B"), "B", .bookmarks, "List bookmarks"),
        ]),
        Section("In the bookmarks list (B)", [
            KeyBinding([.enter], "Enter", .jumpToBookmark, "Open the article at the quote"),
            KeyBinding(chars("a"), "a", .editNote, "Write the note"),
            KeyBinding(chars("d") + [.delete], "d Del", .deleteBookmark, "Delete the bookmark"),
            KeyBinding(chars("u"), "u", .undoDelete, "Undo the delete"),
            KeyBinding(chars("/"), "/", .filterBookmarks, "Filter by title, quote or note"),
            KeyBinding([.escape] + chars("Bq"), "Esc B q", .closeBookmarks, "Close the list"),
        ]),
        Section("Search", [
            KeyBinding(chars("/"), "/", .search, "Search the library (list) or the article; ↑ ↓ history",
                       hint: "search", in: [.list]),
            KeyBinding(chars("n"), "n", .searchNext, "Next match in the article"),
            KeyBinding(chars("N"), "N", .searchPrevious, "Previous match in the article"),
            KeyBinding(chars("e"), "e", .entities, "People, places, organisations, dates (s sorts)"),
            KeyBinding(chars("S"), "S", .speakers, "Who said what: speakers and their quotations"),
        ]),
        Section("General", [
            KeyBinding(chars("?"), "?", .help, "This help", hint: "help"),
            KeyBinding(chars("T"), "T", .theme, "Next colour theme"),
            KeyBinding([.escape], "Esc", .close, "Close the help or the message, then the quote highlight"),
            KeyBinding(chars("q"), "q", .quit, "Quit", hint: "quit"),
        ]),
    ])
}
