/// Guesses the charset of bytes that are not valid UTF-8, for local files that declare nothing.
public enum CharsetGuess {
    /// The legacy single-byte charset `bytes` are most likely written in: windows-1258 when they look like
    /// Vietnamese (tone marks after vowels, đ, ơ, ư, ă), else windows-1252. Nil when the bytes look like UTF-8
    /// with a few damaged sequences, which are better shown as U+FFFD than re-read as something else.
    public static func legacyCharset(of bytes: [UInt8]) -> String? {
        var valid = 0, invalid = 0, high = 0, vietnamese = 0
        bytes.withUnsafeBufferPointer { bytes in
            var index = 0
            var previous: UInt8 = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    previous = byte
                    index += 1
                    continue
                }
                let length = UTF8Repair.sequenceLength(bytes, at: index)
                if length > 1 {
                    valid += 1
                    index += length
                    previous = 0
                    continue
                }
                invalid += 1
                high += 1
                if isVietnamese(byte, after: previous) { vietnamese += 1 }
                previous = byte
                index += 1
            }
        }
        guard invalid > 3 * valid else { return nil }
        return vietnamese * 10 >= high * 3 ? "WINDOWS-1258" : "WINDOWS-1252"
    }

    /// Bytes that in windows-1258 spell what only Vietnamese writes: a combining tone mark after a vowel, or
    /// đ, ơ, ư, ă (in windows-1252 these are ð õ ý ã and Ì ì Ò Þ ò, rare together in Western text).
    private static func isVietnamese(_ byte: UInt8, after previous: UInt8) -> Bool {
        switch byte {
        case 0xCC, 0xEC, 0xD2, 0xDE, 0xF2:
            return isVowel(previous)
        case 0xD0, 0xF0, 0xD5, 0xF5, 0xDD, 0xFD, 0xC3, 0xE3:
            return true
        default:
            return false
        }
    }

    private static func isVowel(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
             UInt8(ascii: "y"): return true
        default:
            // â ê ô and ă ơ ư in windows-1258, upper and lower case.
            return [0xC2, 0xCA, 0xD4, 0xC3, 0xD5, 0xDD, 0xE2, 0xEA, 0xF4, 0xE3, 0xF5, 0xFD].contains(byte)
        }
    }
}
