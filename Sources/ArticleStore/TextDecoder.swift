import ArticleModel
import Foundation
import TextKit

/// Turns a file's bytes into clean text: UTF-8 (with or without BOM) or UTF-16 with a BOM,
/// line endings made `\n`, normalised to NFC. Decides when bytes are not text at all.
public enum TextDecoder {
    public struct Decoded: Sendable, Equatable {
        public var text: String
        /// Byte offset of the first invalid UTF-8 sequence, replaced (with the rest) by U+FFFD.
        public var firstInvalidByte: Int?
    }

    public enum Failure: Error, Equatable, Sendable {
        /// NUL bytes or mostly control bytes: not a text file.
        case binary
        /// Nothing but white space.
        case empty
    }

    public static func decode(_ data: Data) throws(Failure) -> Decoded {
        let bytes = [UInt8](data)
        var text: String
        var invalidAt: Int?
        if bytes.starts(with: [0xFF, 0xFE]) {
            text = decodeUTF16(bytes.dropFirst(2), bigEndian: false)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            text = decodeUTF16(bytes.dropFirst(2), bigEndian: true)
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
            if looksBinary(body) { throw .binary }
            if let valid = String(validating: body, as: UTF8.self) {
                text = valid
            } else {
                invalidAt = firstInvalidUTF8Offset(body).map { $0 + (body.startIndex) }
                text = String(decoding: body, as: UTF8.self)
            }
        }
        text = normaliseLineEndings(text)
        if !isNFCByRange(text) { text = text.precomposedStringWithCanonicalMapping }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .empty }
        return Decoded(text: text, firstInvalidByte: invalidAt)
    }

    /// True when every scalar lies where text is NFC whatever surrounds it: below U+0300, Latin Extended
    /// Additional (precomposed Vietnamese) and general punctuation up to the combining marks for symbols.
    /// No scalar there decomposes to something else alone, nor composes with what precedes it. Foundation's
    /// normaliser took a tenth of indexing time on text that is nearly always NFC already.
    static func isNFCByRange(_ text: String) -> Bool {
        UTF8Bytes.with(text) { bytes in
            var position = 0
            while position < bytes.count {
                let lead = bytes[position]
                // ASCII, continuation bytes and two-byte leads below 0xCC (scalars below U+0300): fine.
                guard lead >= 0xCC else {
                    position += 1
                    continue
                }
                let (value, length) = UTF8Scalar.decode(bytes, at: position, lead: lead)
                guard (0x1E00..<0x1F00).contains(value) || (0x2002..<0x20D0).contains(value) else { return false }
                position += length
            }
            return true
        }
    }

    /// The ranges `isNFCByRange` accepts, for the test that checks them against Foundation.
    static let nfcStableRanges: [Range<UInt32>] = [0..<0x300, 0x1E00..<0x1F00, 0x2002..<0x20D0]

    /// Any NUL byte, or more than 10% control bytes in the first 8 KiB, marks a file as binary.
    /// Control bytes other than tab, line feed, form feed, carriage return and escape are rare in text;
    /// escape is allowed here so that an article full of escape sequences is still shown (sanitised).
    static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            if UTF8Bytes.contains(bytes, 0) { return true }
            let sample = UnsafeBufferPointer(rebasing: bytes.prefix(8192))
            guard !sample.isEmpty else { return false }
            // One bit per control byte that text may hold: tab, line feed, form feed, carriage return, escape.
            let allowed: UInt32 = 1 << 0x09 | 1 << 0x0A | 1 << 0x0C | 1 << 0x0D | 1 << 0x1B
            var controls = 0
            for byte in sample where byte < 0x20 && allowed & (1 << UInt32(byte)) == 0 { controls += 1 }
            return controls * 10 > sample.count
        }
    }

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    static func normaliseLineEndings(_ text: String) -> String {
        guard UTF8Bytes.with(text, { UTF8Bytes.contains($0, 0x0D) }) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// The offset (from the slice's start) of the first byte that does not begin a valid UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
