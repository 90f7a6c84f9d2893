import Foundation

/// WCAG 2 contrast between two colours, from 1 (none) to 21 (black on white): 4.5 is the least for
/// body text to read comfortably, 3 for large or bold text.
public enum Contrast {
    public static func ratio(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Double {
        let (la, lb) = (luminance(a), luminance(b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// Relative luminance of an sRGB colour with 0-255 channels.
    public static func luminance(_ rgb: (Int, Int, Int)) -> Double {
        func linear(_ channel: Int) -> Double {
            let value = Double(channel) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(rgb.0) + 0.7152 * linear(rgb.1) + 0.0722 * linear(rgb.2)
    }
}
