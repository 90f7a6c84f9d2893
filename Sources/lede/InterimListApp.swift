import ArticleModel
import TerminalCanvas

/// A stand-in browser until BrowserUI's lands: the article list with the selected article's title,
/// j/k and arrows to move, `?` for a line of help, `q` to quit. Small on purpose; it exists so that
/// the terminal backend and its end-to-end tests run against a real full-screen program.
final class InterimListApp: TerminalApp {
    private let articles: [Article]
    private var selected = 0
    private var top = 0
    private var showsHelp = false

    init(articles: [Article]) {
        self.articles = articles
    }

    var windowTitle: String? { "lede" }

    func handle(_ event: KeyEvent, size: Size) -> Bool {
        switch event {
        case .character("q"): return false
        case .character("j"), .down: move(by: 1)
        case .character("k"), .up: move(by: -1)
        case .mouse(let mouse) where mouse.kind == .wheelDown: move(by: 1)
        case .mouse(let mouse) where mouse.kind == .wheelUp: move(by: -1)
        case .pageDown, .character(" "): move(by: max(1, listHeight(size) - 1))
        case .pageUp: move(by: -max(1, listHeight(size) - 1))
        case .home, .character("g"): move(by: -selected)
        case .end, .character("G"): move(by: articles.count)
        case .character("?"): showsHelp.toggle()
        case .escape: showsHelp = false
        case .mouse(let mouse) where mouse.kind == .press && mouse.y >= 1 && mouse.y <= listHeight(size):
            move(by: top + mouse.y - 1 - selected)
        default: break
        }
        return true
    }

    func tick() -> Bool { false }

    func shutdown() {}

    /// Row 0 a header, then the list, then the selected title, then the key hints (or the help line).
    func render(into grid: inout Grid) {
        let size = Size(width: grid.width, height: grid.height)
        guard size.height > 0 else { return }
        let bar = Style(foreground: .black, background: .cyan)
        grid.fill(Rect(x: 0, y: 0, width: size.width, height: 1), with: Cell(" ", style: bar))
        grid.put(" lede", x: 0, y: 0, style: bar)
        let count = "\(articles.count) article\(articles.count == 1 ? "" : "s") "
        grid.put(count, x: max(6, size.width - DisplayWidth.of(count)), y: 0, style: bar)

        let height = listHeight(size)
        scrollToSelection(height)
        for row in 0..<height where top + row < articles.count {
            let index = top + row
            let article = articles[index]
            let style = index == selected ? Style(attributes: .reverse) : .plain
            if index == selected { grid.fill(Rect(x: 0, y: row + 1, width: size.width, height: 1), with: Cell(" ", style: style)) }
            grid.put(" \(article.date?.day ?? "----------")  \(article.title)", x: 0, y: row + 1, style: style)
        }
        if size.height >= 3, articles.indices.contains(selected) {
            grid.put(articles[selected].title, x: 1, y: size.height - 2, maxWidth: size.width - 2, style: Style(attributes: .bold))
        }
        if size.height >= 2 {
            let hints = showsHelp ? " j/↓ k/↑ move · g/G first/last · PgUp/PgDn page · Esc close · q quit"
                : " j/k move · ? help · q quit"
            grid.put(hints, x: 0, y: size.height - 1, style: Style(attributes: .dim))
        }
    }

    private func listHeight(_ size: Size) -> Int { max(0, size.height - 3) }

    private func move(by delta: Int) {
        selected = max(0, min(articles.count - 1, selected + delta))
    }

    private func scrollToSelection(_ height: Int) {
        guard height > 0 else { return }
        if selected < top { top = selected }
        if selected >= top + height { top = selected - height + 1 }
        top = max(0, min(top, max(0, articles.count - height)))
    }
}
