// Generated from the top-level themes/ folder so that an installed lede has its themes.
// Do not edit: change themes/*.toml, then run
//     LEDE_UPDATE_BUNDLED_THEMES=1 swift test --filter BundledThemesTests

/// The theme files bundled with lede, by name.
public enum BundledThemes {
    public static let files: [String: String] = [
        "console": #"""
            # For the Linux console and other 8/16-colour terminals: only the 16 named colours.
            name = "console"
            description = "Linux console, 16 colours"
            background = "dark"

            [roles]
            "list.item" = { fg = "white", bg = "default" }
            "list.selected" = { fg = "black", bg = "cyan" }
            "list.unread" = { fg = "bright-white", modifiers = ["bold"] }
            "list.bookmark" = { fg = "bright-yellow", modifiers = ["bold"] }
            "list.meta" = { fg = "white" }
            "pane.border" = { fg = "blue" }
            "pane.title" = { fg = "white" }
            "pane.focused" = { fg = "bright-cyan", modifiers = ["bold"] }
            "article.title" = { fg = "bright-white", modifiers = ["bold"] }
            "article.meta" = { fg = "white" }
            "article.lede" = { fg = "bright-white" }
            "article.heading" = { fg = "bright-cyan", modifiers = ["bold"] }
            "article.body" = { fg = "white" }
            "quote" = { fg = "bright-yellow" }
            "quote.selected" = { fg = "black", bg = "yellow" }
            "quote.speaker" = { fg = "bright-yellow", modifiers = ["bold", "underline"] }
            "term" = { fg = "white", modifiers = ["underline"] }
            "entity.person" = { fg = "bright-green" }
            "entity.organization" = { fg = "bright-magenta" }
            "entity.place" = { fg = "bright-cyan" }
            "entity.date" = { fg = "bright-red" }
            "search.match" = { fg = "black", bg = "yellow" }
            "status" = { fg = "black", bg = "white" }
            "status.key" = { fg = "blue", bg = "white", modifiers = ["bold"] }
            "help" = { fg = "bright-white", bg = "blue" }
            "error" = { fg = "bright-white", bg = "red", modifiers = ["bold"] }
            "screen" = { fg = "default", bg = "default" }
            """#,
        "default": #"""
            # lede's default theme: for dark terminals with 256 colours or more.
            # Colours: "default" (the terminal's own), names such as "red" or "bright-blue", an index 0-255, or "#rrggbb"
            # (degraded to the nearest colour the terminal has). Modifiers: bold, italic, underline, reverse, dim.
            name = "default"
            description = "Dark terminals, 256 colours"
            background = "dark"

            [roles]
            "list.item" = { fg = "#d0d0d0", bg = "default" }
            "list.selected" = { fg = "#000000", bg = "#87afd7", modifiers = ["bold"] }
            "list.unread" = { fg = "#ffffff", modifiers = ["bold"] }
            "list.bookmark" = { fg = "#ffaf00", modifiers = ["bold"] }
            "list.meta" = { fg = "#8a8a8a" }
            "pane.border" = { fg = "#585858" }
            "pane.title" = { fg = "#bcbcbc" }
            "pane.focused" = { fg = "#87afd7", modifiers = ["bold"] }
            "article.title" = { fg = "#ffffff", modifiers = ["bold"] }
            "article.meta" = { fg = "#9e9e9e" }
            "article.lede" = { fg = "#eeeeee", modifiers = ["bold"] }
            "article.heading" = { fg = "#87afd7", modifiers = ["bold"] }
            "article.body" = { fg = "#d0d0d0" }
            "quote" = { fg = "#d7d787" }
            "quote.selected" = { fg = "#000000", bg = "#d7d787" }
            "quote.speaker" = { fg = "#ffaf5f", modifiers = ["bold"] }
            "term" = { fg = "#b2b2b2", modifiers = ["italic"] }
            "entity.person" = { fg = "#87d7af" }
            "entity.organization" = { fg = "#af87ff" }
            "entity.place" = { fg = "#5fafd7" }
            "entity.date" = { fg = "#d787af" }
            "search.match" = { fg = "#000000", bg = "#ffd75f" }
            "status" = { fg = "#d0d0d0", bg = "#303030" }
            "status.key" = { fg = "#ffd75f", bg = "#303030", modifiers = ["bold"] }
            "help" = { fg = "#e4e4e4", bg = "#262626" }
            "error" = { fg = "#ffffff", bg = "#af0000", modifiers = ["bold"] }
            "screen" = { fg = "default", bg = "default" }
            """#,
        "high-contrast": #"""
            # The default theme with the strongest contrast: pure white and black, saturated highlights.
            # It names a parent and sets only what differs.
            name = "high-contrast"
            description = "Dark terminals, maximum contrast"
            parent = "default"
            background = "dark"

            [roles]
            "list.item" = { fg = "#ffffff" }
            "list.selected" = { fg = "#000000", bg = "#ffffff", modifiers = ["bold"] }
            "list.meta" = { fg = "#d0d0d0" }
            "pane.border" = { fg = "#ffffff" }
            "pane.title" = { fg = "#ffffff" }
            "pane.focused" = { fg = "#ffff00", modifiers = ["bold", "underline"] }
            "article.meta" = { fg = "#e4e4e4" }
            "article.heading" = { fg = "#00ffff", modifiers = ["bold"] }
            "article.body" = { fg = "#ffffff" }
            "quote" = { fg = "#ffff00" }
            "quote.selected" = { fg = "#000000", bg = "#ffff00" }
            "quote.speaker" = { fg = "#ffaf00", modifiers = ["bold", "underline"] }
            "term" = { fg = "#ffffff", modifiers = ["italic"] }
            "entity.person" = { fg = "#00ff87" }
            "entity.organization" = { fg = "#d7afff" }
            "entity.place" = { fg = "#5fd7ff" }
            "entity.date" = { fg = "#ff87d7" }
            "status" = { fg = "#000000", bg = "#ffffff" }
            "status.key" = { fg = "#000000", bg = "#ffff00", modifiers = ["bold"] }
            "help" = { fg = "#ffffff", bg = "#000000" }
            """#,
        "light": #"""
            # For light terminals (dark text on a white or cream background), 256 colours or more.
            name = "light"
            description = "Light terminals, 256 colours"
            background = "light"

            [roles]
            "list.item" = { fg = "#303030", bg = "default" }
            "list.selected" = { fg = "#ffffff", bg = "#005fd7", modifiers = ["bold"] }
            "list.unread" = { fg = "#000000", modifiers = ["bold"] }
            "list.bookmark" = { fg = "#af5f00", modifiers = ["bold"] }
            "list.meta" = { fg = "#626262" }
            "pane.border" = { fg = "#a8a8a8" }
            "pane.title" = { fg = "#4e4e4e" }
            "pane.focused" = { fg = "#005fd7", modifiers = ["bold"] }
            "article.title" = { fg = "#000000", modifiers = ["bold"] }
            "article.meta" = { fg = "#585858" }
            "article.lede" = { fg = "#1c1c1c", modifiers = ["bold"] }
            "article.heading" = { fg = "#005fd7", modifiers = ["bold"] }
            "article.body" = { fg = "#262626" }
            "quote" = { fg = "#5f5f00" }
            "quote.selected" = { fg = "#ffffff", bg = "#5f5f00" }
            "quote.speaker" = { fg = "#af3a03", modifiers = ["bold"] }
            "term" = { fg = "#4e4e4e", modifiers = ["italic"] }
            "entity.person" = { fg = "#005f00" }
            "entity.organization" = { fg = "#5f00af" }
            "entity.place" = { fg = "#005faf" }
            "entity.date" = { fg = "#870057" }
            "search.match" = { fg = "#000000", bg = "#ffd75f" }
            "status" = { fg = "#262626", bg = "#dadada" }
            "status.key" = { fg = "#0000af", bg = "#dadada", modifiers = ["bold"] }
            "help" = { fg = "#1c1c1c", bg = "#eeeeee" }
            "error" = { fg = "#ffffff", bg = "#af0000", modifiers = ["bold"] }
            "screen" = { fg = "#1c1c1c", bg = "#ffffff" }
            """#,
        "mono": #"""
            # No colours at all: bold, underline and reverse only. Used when NO_COLOR is set or the terminal has
            # no colours.
            name = "mono"
            description = "No colours: bold, underline, reverse"

            [roles]
            "list.item" = { fg = "default", bg = "default", modifiers = [] }
            "list.selected" = { fg = "default", bg = "default", modifiers = ["reverse"] }
            "list.unread" = { fg = "default", bg = "default", modifiers = ["bold"] }
            "list.bookmark" = { fg = "default", bg = "default", modifiers = ["bold"] }
            "list.meta" = { fg = "default", bg = "default", modifiers = [] }
            "pane.border" = { fg = "default", bg = "default", modifiers = [] }
            "pane.title" = { fg = "default", bg = "default", modifiers = [] }
            "pane.focused" = { fg = "default", bg = "default", modifiers = ["bold", "underline"] }
            "article.title" = { fg = "default", bg = "default", modifiers = ["bold"] }
            "article.meta" = { fg = "default", bg = "default", modifiers = [] }
            "article.lede" = { fg = "default", bg = "default", modifiers = ["bold"] }
            "article.heading" = { fg = "default", bg = "default", modifiers = ["bold", "underline"] }
            "article.body" = { fg = "default", bg = "default", modifiers = [] }
            "quote" = { fg = "default", bg = "default", modifiers = ["bold"] }
            "quote.selected" = { fg = "default", bg = "default", modifiers = ["reverse"] }
            "quote.speaker" = { fg = "default", bg = "default", modifiers = ["bold", "underline"] }
            "term" = { fg = "default", bg = "default", modifiers = ["underline"] }
            "entity.person" = { fg = "default", bg = "default", modifiers = ["underline"] }
            "entity.organization" = { fg = "default", bg = "default", modifiers = ["underline"] }
            "entity.place" = { fg = "default", bg = "default", modifiers = ["underline"] }
            "entity.date" = { fg = "default", bg = "default", modifiers = ["underline"] }
            "search.match" = { fg = "default", bg = "default", modifiers = ["reverse", "bold"] }
            "status" = { fg = "default", bg = "default", modifiers = ["reverse"] }
            "status.key" = { fg = "default", bg = "default", modifiers = ["reverse", "bold"] }
            "help" = { fg = "default", bg = "default", modifiers = [] }
            "error" = { fg = "default", bg = "default", modifiers = ["reverse", "bold"] }
            "screen" = { fg = "default", bg = "default" }
            """#,
    ]
}
