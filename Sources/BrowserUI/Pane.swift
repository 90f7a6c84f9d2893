/// The three panes, in Tab order.
public enum Pane: Int, CaseIterable, Hashable, Sendable {
    case list, reading, quotes

    var title: String {
        switch self {
        case .list: "Articles"
        case .reading: "Article"
        case .quotes: "Quotes"
        }
    }
}
