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
