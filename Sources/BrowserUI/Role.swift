/// What a piece of the screen is, as opposed to how it looks: views draw roles, a `Theme` gives each
/// role its style. Theme files name roles by `rawValue`.
public enum Role: String, CaseIterable, Hashable, Sendable {
    case listItem = "list.item"
    case selectedItem = "list.selected"
    case unread = "list.unread"
    case bookmarkMark = "list.bookmark"
    case listMeta = "list.meta"
    case paneBorder = "pane.border"
    case paneTitle = "pane.title"
    case focusedPane = "pane.focused"
    case articleTitle = "article.title"
    case articleMeta = "article.meta"
    case lede = "article.lede"
    case heading = "article.heading"
    case bodyText = "article.body"
    case quotation = "quote"
    case selectedQuotation = "quote.selected"
    case quoteSpeaker = "quote.speaker"
    case term = "term"
    case entityPerson = "entity.person"
    case entityOrganization = "entity.organization"
    case entityPlace = "entity.place"
    case entityDate = "entity.date"
    case searchMatch = "search.match"
    case statusBar = "status"
    case keyHint = "status.key"
    case help = "help"
    case error = "error"
    /// The screen itself: what the terminal's `default` colours become. A light theme sets a light
    /// background here, so that it reads the same on a dark terminal.
    case screen = "screen"
}
