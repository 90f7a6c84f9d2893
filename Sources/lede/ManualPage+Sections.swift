/// The hand-written parts of the manual page: what no command definition says.
extension ManualPage {
    static let description = """
        lede shows a library of news articles (a folder of .txt and .md files, read recursively) in three \
        panes: the article list, the reading pane and a sidebar of the quotations in the open article with \
        who said them. Quotations, their speakers and named entities (people, organisations, places, dates) \
        are highlighted, each kind in its own colour from the theme. Vietnamese, CJK and emoji text are \
        measured, wrapped and searched correctly. Articles and single quotations can be bookmarked; \
        bookmarks and read state are kept on disk. With standard output not a terminal, lede prints the \
        article list instead of opening the browser.
        """

    static let sections: [(String, @Sendable (inout Roff) -> Void)] = [
        ("CONFIGURATION", { page in
            page.paragraph("Settings are read from \\fIconfig.toml\\fR in the configuration folder (see FILES); "
                + "\\fBlede config \\-\\-example\\fR prints a commented example. An unknown setting is named in a "
                + "message and ignored.")
            for setting in ConfigSetting.all {
                page.line(".TP")
                page.line(".B \(Roff.escape(setting.key))")
                page.text(Roff.escape(setting.help))
            }
        }),
        ("FILES", { page in
            page.definitions([
                ("$XDG_CONFIG_HOME/lede/config.toml", "Settings (default folder ~/.config/lede)."),
                ("$XDG_CONFIG_HOME/lede/themes/", "Your own colour themes (NAME.toml), beside the bundled ones."),
                ("$XDG_DATA_HOME/lede/", "Bookmarks, read state and search history, one file per library, "
                    + "and the theme chosen with T (default ~/.local/share/lede; \\-\\-state\\-dir or $LEDE_STATE_DIR choose another folder)."),
                ("$XDG_DATA_HOME/lede/LIBRARY\\-HASH.account.json", "A library's feed server account (mode 0600): "
                    + "the API root, the user, the password command and the server's token, never the password. "
                    + "Beside it, LIBRARY\\-HASH.sync.json: the server's last states and the changes not yet pushed."),
                ("$XDG_CACHE_HOME/lede/", "The search index of each library and the bundled sample articles "
                    + "(default ~/.cache/lede; $LEDE_CACHE_DIR chooses another folder). Safe to delete."),
                ("PREFIX/share/lede/themes/", "The bundled themes, installed as examples to copy and change."),
            ])
        }),
        ("ENVIRONMENT", { page in
            page.definitions([
                ("LEDE_LIBRARY", "The library opened when none is named."),
                ("LEDE_STATE_DIR", "The folder of bookmarks and read state."),
                ("LEDE_CACHE_DIR", "The folder of indexes."),
                ("NO_COLOR", "When set and not empty, no colours are used."),
                ("BROWSER", "The program that opens an article's link (else xdg-open). Terminal browsers "
                    + "such as w3m and lynx get the screen until they end."),
                ("PAGER", "The program that pages an article's text (else less)."),
                ("XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME", "Where settings, state and caches live."),
                ("LANG, LC_ALL", "lede needs a UTF\\-8 locale."),
                ("TERM", "The terminal type; on dumb terminals lede prints instead of opening the browser."),
            ])
        }),
        ("EXIT STATUS", { page in
            page.definitions([
                ("0", "Success."),
                ("1", "A file or folder could not be read or written (the message names it), or the terminal "
                    + "cannot be used."),
                ("2", "A usage error."),
                ("128+n", "Ended by signal n (130 for Ctrl\\-C, 143 for SIGTERM); the terminal is restored and "
                    + "state saved first."),
            ])
        }),
        ("EXAMPLES", { page in
            page.example("Browse the bundled sample library:", "lede")
            page.example("Browse a folder of articles:", "lede ~/news")
            page.example("Search a library, without diacritics:", "lede search 'da nang' \\-\\-library ~/news")
            page.example("The quotations and speakers of an article as JSON:", "lede analyze article.txt \\-\\-json")
            page.example("Every bookmark as a Markdown reading list:", "lede bookmarks \\-\\-markdown")
            page.example("Add a FreshRSS account to your library (the password from pass), then sync:",
                         "lede account add https://rss.example.net/api/greader.php \\-\\-user me \\-\\-password\\-command 'pass show rss'")
            page.example("Sync again later (also r in the browser):", "lede sync")
        }),
        ("SEE ALSO", { page in
            page.text("newsboat(1), less(1)")
        }),
    ]
}
