/// Google Reader item ids come in two forms: `tag:google.com,2005:reader/item/<16 hex digits>` (stream
/// contents) and decimal (`items/ids`). lede keeps the decimal form and sends the long one, which every
/// server accepts.
enum ItemID {
    static let longPrefix = "tag:google.com,2005:reader/item/"

    /// The decimal form of either form; nil for something else.
    static func decimal(_ id: String) -> String? {
        if id.hasPrefix(longPrefix) {
            return UInt64(id.dropFirst(longPrefix.count), radix: 16).map { String($0) }
        }
        return UInt64(id).map { String($0) }
    }

    /// The long form of a decimal id.
    static func long(_ decimal: String) -> String {
        let hex = String(UInt64(decimal) ?? 0, radix: 16)
        return longPrefix + String(repeating: "0", count: max(0, 16 - hex.count)) + hex
    }
}
