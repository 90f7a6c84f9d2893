import TerminalCanvas

/// Reads the colours theme files may name: `default` (the terminal's own), the 16 named colours
/// (`red`, `bright-red`, `gray`, ...), a 256-colour index (`208` or `"208"`), or `#rrggbb`.
public enum ColorParser {
    public static let names: [String: UInt8] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "bright-black": 8, "gray": 8, "grey": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11,
        "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
    ]

    /// What a colour may be written as, for error messages.
    public static let validForms = "default, a name (\(names.keys.sorted().joined(separator: ", "))), "
        + "an index 0-255, or #rrggbb"

    public static func parse(_ text: String) -> Color? {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "_", with: "-")
        if value == "default" { return .default }
        if let index = names[value] { return .indexed(index) }
        if let number = Int(value) { return parse(number) }
        if value.hasPrefix("#"), value.count == 7, let rgb = UInt32(value.dropFirst(), radix: 16) {
            return .rgb(UInt8(rgb >> 16), UInt8(rgb >> 8 & 0xFF), UInt8(rgb & 0xFF))
        }
        return nil
    }

    public static func parse(_ index: Int) -> Color? {
        (0...255).contains(index) ? .indexed(UInt8(index)) : nil
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}

extension Set where Element == Character {
    static let whitespaces: Set<Character> = [" ", "\t"]
}
