import TerminalCanvas

/// A sample article drawn with a theme's styles as ANSI escape sequences, for `lede themes --preview`.
/// The text is lede's own, so only the styles need care.
enum ThemePreview {
    /// Lines of (role, text) runs.
    static let sample: [[(String, String)]] = [
        [("pane.focused", "─ Articles ─"), ("pane.border", "──────────────────────────────────")],
        [("list.selected", " ● Hà Nội thêm 40 xe buýt điện          2024-06-01 ")],
        [("list.unread", " ● Đà Nẵng mở rộng bến container      "), ("list.meta", " 2023-03-14")],
        [("list.bookmark", " ★ "), ("list.item", "Riverside night market            "), ("list.meta", " 2024-07-20")],
        [("pane.border", "")],
        [("article.title", "Hà Nội thêm 40 xe buýt điện cho ba tuyến nội đô")],
        [("article.meta", "Tin Phố · 2024-06-01")],
        [("article.lede", "Thành phố đưa thêm xe buýt điện vào khai thác từ tháng Sáu.")],
        [("article.heading", "Người dân chờ đợi")],
        [("quote", "“Xe mới êm, không có khói”"), ("article.body", ", "), ("quote.speaker", "bà Trần Thị Lan"),
         ("article.body", " nói.")],
        [("quote.selected", "“Chúng tôi muốn người dân thấy đi xe buýt nhanh hơn”")],
        [("article.body", "Theo "), ("entity.organization", "Sở Giao thông Vận tải"), ("article.body", ", ông "),
         ("entity.person", "Nguyễn Minh Khoa"), ("article.body", " đến "), ("entity.place", "Long Biên"),
         ("article.body", " ngày "), ("entity.date", "20/5"), ("article.body", ".")],
        [("article.body", "Một cư dân gọi đó là một "), ("term", "“cơn sốt”"), ("article.body", " nhỏ; tìm "),
         ("search.match", "xe buýt"), ("article.body", " để xem.")],
        [("pane.border", "")],
        [("status", " 1/14 "), ("status.key", "?"), ("status", " help  "), ("status.key", "q"), ("status", " quit ")],
        [("error", " cannot save: disk full ")],
        [("help", " j/k move · Enter open · / search ")],
    ]

    /// The sample in the theme's colours; without `colored`, as plain text (for a pipe).
    static func render(styles: [String: Style], name: String, colored: Bool = true) -> String {
        var output = "Theme \(name)\n\n"
        for line in sample {
            for (role, text) in line {
                output += colored ? Ansi.sequence(for: styles[role] ?? .plain) + text + Ansi.reset : text
            }
            output += "\n"
        }
        return output
    }
}

/// SGR escape sequences for styles (true colour for `#rrggbb`, 256 colours for indexes).
enum Ansi {
    static let reset = "\u{1B}[0m"

    static func sequence(for style: Style) -> String {
        var codes: [String] = []
        let attributes: [(Style.Attributes, String)] = [
            (.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"), (.reverse, "7"),
        ]
        for (attribute, code) in attributes where style.attributes.contains(attribute) { codes.append(code) }
        codes += color(style.foreground, base: 38) + color(style.background, base: 48)
        return codes.isEmpty ? "" : "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    static func color(_ color: Color, base: Int) -> [String] {
        switch color {
        case .default: []
        case .indexed(let index): ["\(base);5;\(index)"]
        case .rgb(let red, let green, let blue): ["\(base);2;\(red);\(green);\(blue)"]
        }
    }
}
