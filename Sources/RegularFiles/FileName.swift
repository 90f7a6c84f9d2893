import Foundation

/// File names are bytes, not text: a name that is not valid UTF-8 would become U+FFFD in a Swift
/// `String` and could never be opened again. lede keeps such bytes in its path strings reversibly, each
/// byte that is not part of valid UTF-8 (always 0x80 to 0xFF) as one private-use character
/// U+10FE80 to U+10FEFF, and turns them back into the bytes whenever it asks the system for the file.
/// `TextSanitizer` shows them as U+FFFD; JSON carries them as escapes that `lede` reads back.
///
/// A valid UTF-8 name that itself holds one of those 128 private-use characters (none does in practice)
/// would be opened with the byte instead.
public enum FileName {
    static let base: UInt32 = 0x10FE00

    /// A name or path from the system's bytes: valid UTF-8 as it is, other bytes escaped.
    public static func decode(_ bytes: some Collection<UInt8>) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var scalars = String.UnicodeScalarView()
        var rest = Array(bytes)[...]
        while !rest.isEmpty {
            // The longest valid prefix, then one escaped byte.
            var decoder = UTF8()
            var iterator = rest.makeIterator()
            var consumed = 0
            loop: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar):
                    scalars.append(scalar)
                    consumed += UTF8.width(scalar)
                case .emptyInput:
                    break loop
                case .error:
                    // `decode` may have read ahead; restart right after the first bad byte.
                    scalars.append(Unicode.Scalar(base + UInt32(rest[rest.startIndex + consumed]))!)
                    consumed += 1
                    break loop
                }
            }
            rest = rest.dropFirst(consumed)
        }
        return String(scalars)
    }

    /// The bytes to give the system for `path`.
    public static func bytes(_ path: String) -> [UInt8] {
        guard path.unicodeScalars.contains(where: isEscapedByte) else { return Array(path.utf8) }
        var result: [UInt8] = []
        for scalar in path.unicodeScalars {
            if isEscapedByte(scalar) { result.append(UInt8(scalar.value - base)) } else { result += Array(String(scalar).utf8) }
        }
        return result
    }

    /// Calls `body` with `path` as the system's NUL-terminated bytes.
    public static func withSystemPath<T>(_ path: String, _ body: (UnsafePointer<CChar>) -> T) -> T {
        let bytes = bytes(path) + [0]
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { body($0) }
        }
    }

    /// `stat(2)` of `path` (following links), nil when it fails.
    public static func status(_ path: String) -> stat? {
        var info = stat()
        return withSystemPath(path) { stat($0, &info) } == 0 ? info : nil
    }

    /// `lstat(2)` of `path`, nil when it fails.
    public static func linkStatus(_ path: String) -> stat? {
        var info = stat()
        return withSystemPath(path) { lstat($0, &info) } == 0 ? info : nil
    }

    static func isEscapedByte(_ scalar: Unicode.Scalar) -> Bool {
        (base + 0x80...base + 0xFF).contains(scalar.value)
    }
}
