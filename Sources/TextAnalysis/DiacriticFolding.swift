import Foundation

/// Folds text for matching: lowercase, without diacritics, đ/Đ as d — so that "dai su quan" finds
/// "Đại sứ quán", "Da Nang" finds "Đà Nẵng", and NFD input folds like NFC.
public enum DiacriticFolding {
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0110, 0x0111: scalars.append("d")
            case 0x0300...0x036F: continue  // combining diacritical marks
            default:
                if scalar.properties.generalCategory == .nonspacingMark, scalar.value < 0x2000 { continue }
                scalars.append(scalar)
            }
        }
        return String(scalars).lowercased()
    }
}
