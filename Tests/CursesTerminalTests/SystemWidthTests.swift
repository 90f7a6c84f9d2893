import Glibc
import Testing
@testable import CursesTerminal
@testable import TerminalCanvas

/// lede measures text with `DisplayWidth` while ncurses and the terminal place it with glibc's
/// `wcwidth`: any disagreement shifts every column after the character. These tests hold the two
/// together on this system's glibc.
@Suite struct SystemWidthTests {
    init() {
        // wcwidth answers -1 for everything non-ASCII outside a UTF-8 locale.
        setlocale(LC_CTYPE, "C.UTF-8")
    }

    static let samples: [(String, [UInt32])] = [
        ("Latin", Array(0x20...0x7E) + Array(0xA0...0x17F)),
        ("Vietnamese", Array(0x1EA0...0x1EF9) + [0x0110, 0x0111, 0x01A0, 0x01A1, 0x01AF, 0x01B0]),
        ("combining marks", Array(0x300...0x36F) + Array(0x1AB0...0x1ABE) + Array(0x20D0...0x20F0)),
        ("CJK", Array(0x3000...0x303E) + Array(0x3041...0x30FF) + Array(stride(from: 0x4E00, through: 0x9FFF, by: 7))),
        ("Hangul", Array(0x1100...0x11FF) + Array(stride(from: 0xAC00, through: 0xD7A3, by: 5)) + Array(0xD7B0...0xD7C6)),
        ("emoji", Array(0x1F300...0x1F64F) + Array(0x1F680...0x1F6C5) + Array(0x1F90C...0x1F9FF) + [0x2600, 0x2614, 0x26A1, 0x2705, 0x2B50]),
        ("fullwidth forms", Array(0xFF01...0xFF60) + Array(0xFF61...0xFFDC) + Array(0xFFE0...0xFFEE)),
        ("format and invisible", [0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFE0F, 0x0600, 0x06DD]),
        ("other scripts", Array(0x0590...0x05FF) + Array(0x0900...0x097F) + Array(0x0E00...0x0E7F) + Array(0x0400...0x04FF)),
    ]

    @Test(arguments: samples.map(\.0))
    func displayWidthAgreesWithWcwidth(category: String) {
        let values = Self.samples.first { $0.0 == category }!.1
        for value in values {
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned else { continue }
            let system = SystemWidth.of(scalar)
            #expect(system >= 0, "glibc does not know U+\(String(value, radix: 16, uppercase: true))")
            #expect(DisplayWidth.of(scalar: scalar) == system,
                    "U+\(String(value, radix: 16, uppercase: true)) \(category): lede \(DisplayWidth.of(scalar: scalar)), wcwidth \(system)")
        }
    }

    /// Control characters: wcwidth calls them unprintable (-1); lede gives them no width, and the
    /// sanitiser replaces them before they are ever measured for the screen.
    @Test func controlsHaveNoWidth() {
        for value in Array(UInt32(0)..<0x20) + Array(0x7F...0x9F) {
            let scalar = Unicode.Scalar(value)!
            #expect(SystemWidth.of(scalar) == (value == 0 ? 0 : -1))
            #expect(DisplayWidth.of(scalar: scalar) == 0)
        }
    }

    /// Every assigned scalar glibc has a width for. Scalars newer than glibc's tables (wcwidth -1)
    /// cannot agree with anything and follow Unicode's East Asian Width instead.
    @Test func everyScalarGlibcKnowsAgrees() {
        var disagreements: [String] = []
        for value in UInt32(0x20)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            switch scalar.properties.generalCategory {
            case .unassigned, .privateUse, .surrogate: continue
            default: break
            }
            let system = SystemWidth.of(scalar)
            if system >= 0, system != DisplayWidth.of(scalar: scalar) {
                disagreements.append("U+\(String(value, radix: 16, uppercase: true)) lede \(DisplayWidth.of(scalar: scalar)) wcwidth \(system)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements: \(disagreements.prefix(40).joined(separator: ", "))")
    }
}
