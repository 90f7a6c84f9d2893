/// The letters that only Vietnamese uses among the languages lede reads: `Ă ă Đ đ Ơ ơ Ư ư` and the
/// precomposed vowels with tone marks (U+1EA0–U+1EF9). `â ê ô` are French too, so they do not count.
public enum VietnameseLetters {
    /// Whether `scalar` is one of them.
    @inlinable
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0102, 0x0103, 0x0110, 0x0111, 0x01A0, 0x01A1, 0x01AF, 0x01B0, 0x1EA0...0x1EF9: true
        default: false
        }
    }

    /// Whether `text` holds any of them.
    public static func occur(in text: String) -> Bool {
        text.unicodeScalars.contains(where: contains)
    }
}
