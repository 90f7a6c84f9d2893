/// Bounds on front matter checked before any YAML parser sees it, so that a hostile file cannot make
/// lede use unbounded memory, time or stack: Yams composes nested collections recursively.
///
/// The checks read bytes once and over-estimate (a bracket inside quotes counts), which is safe: real
/// front matter is a few flat fields, far inside every bound.
enum FrontMatterLimits {
    static let maxBytes = 64 * 1024
    static let maxDepth = 32
    static let maxAliases = 64

    /// Why `yaml` is refused, or nil when it is within every bound.
    static func problem(in yaml: String) -> String? {
        let bytes = yaml.utf8
        if bytes.count > maxBytes { return "it is over \(maxBytes / 1024) KiB" }
        var aliases = 0, flowDepth = 0, maxSeen = 0
        var indents: [Int] = []
        var lineStart = true, indent = 0, compact = 0
        var previous: UInt8 = 0x0A
        for byte in bytes {
            if lineStart {
                if byte == 0x20 { indent += 1; previous = byte; continue }
                lineStart = false
                if byte != 0x0A, byte != 0x23 {
                    // Open block levels: the stack of indentations this line sits inside.
                    while let last = indents.last, last >= indent { indents.removeLast() }
                    indents.append(indent)
                }
            }
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "{"): flowDepth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"): flowDepth = max(0, flowDepth - 1)
            case UInt8(ascii: "*") where Self.startsToken(previous): aliases += 1
            case 0x20 where previous == UInt8(ascii: "-") || previous == UInt8(ascii: "?") || previous == UInt8(ascii: ":"):
                compact += 1  // `- - x` and `a: b: c` nest without a new line
            case 0x0A:
                lineStart = true
                indent = 0
                compact = 0
            default: break
            }
            maxSeen = max(maxSeen, indents.count + compact + flowDepth)
            previous = byte
        }
        if aliases > maxAliases { return "it has more than \(maxAliases) aliases (*name)" }
        if maxSeen > maxDepth { return "it nests more than \(maxDepth) levels deep" }
        return nil
    }

    private static func startsToken(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x0A, 0x09, UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: ":"),
             UInt8(ascii: "-"):
            true
        default: false
        }
    }
}
