/// The program that opens links: `$BROWSER` (its first entry when it lists several, separated by `:`,
/// split into words; never run through a shell), else `xdg-open` (`open` on macOS).
public enum LinkOpener {
    public static func arguments(environment: [String: String]) -> [String] {
        if let browser = environment["BROWSER"],
           let first = browser.split(separator: ":").first {
            // "%s" is where some users put the URL; lede always appends it as the last argument.
            let words = first.split(separator: " ").map(String.init).filter { $0 != "%s" && !$0.isEmpty }
            if !words.isEmpty { return words }
        }
        #if os(macOS)
        return ["open"]
        #else
        return ["xdg-open"]
        #endif
    }
}

extension LinkOpener {
    /// Browsers that draw in the terminal they are started from: lede leaves the screen to them and
    /// waits, as for a pager, instead of starting them in the background.
    public static let terminalBrowsers: Set<String> = ["w3m", "lynx", "links", "links2", "elinks", "browsh", "carbonyl"]

    public static func runsInTerminal(_ arguments: [String]) -> Bool {
        guard let program = arguments.first else { return false }
        return terminalBrowsers.contains(String(program.split(separator: "/").last ?? ""))
    }

    /// The pager `p` reads an article in: `$PAGER` split into words (never run through a shell), else `less`.
    public static func pager(environment: [String: String]) -> [String] {
        let words = (environment["PAGER"] ?? "").split(separator: " ").map(String.init)
        return words.isEmpty ? ["less"] : words
    }
}
