/// Which links lede hands to a browser: http and https only, nothing that a program could read as an
/// option, nothing with spaces or controls (a URL never needs them raw). See newsbeuter CVE-2017-12904.
public enum LinkPolicy {
    public static func isSafe(_ url: String) -> Bool {
        guard !url.hasPrefix("-"), !url.isEmpty else { return false }
        guard !url.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) })
        else { return false }
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        let rest = lower.drop(while: { $0 != ":" }).dropFirst(3)
        return !rest.isEmpty && !rest.hasPrefix("/")
    }
}
