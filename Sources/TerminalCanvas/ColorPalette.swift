/// Maps a theme's `Color` to a colour number the terminal has: all 256 indexed colours, the 16 ANSI
/// ones, the first 8, or none (then styles keep only their attributes). Colours the terminal lacks go
/// to the nearest one it has, measured on xterm's default palette. -1 is the terminal's own colour.
/// Pure arithmetic, so the degrading is testable without a terminal; the curses backend uses it.
public struct ColorPalette: Hashable, Sendable {
    /// How many colours are usable: 256, 16, 8 or 0.
    public let depth: Int

    public init(colors: Int) {
        depth = colors >= 256 ? 256 : colors >= 16 ? 16 : colors >= 8 ? 8 : 0
    }

    public var hasColors: Bool { depth > 0 }

    public func number(for color: Color) -> Int32 {
        switch color {
        case .default:
            return -1
        case .indexed(let index):
            if Int(index) < depth { return Int32(index) }
            // A bright ANSI colour on an 8-colour terminal is its normal twin, not some nearest grey.
            if depth == 8, index < 16 { return Int32(index - 8) }
            return nearest(Self.rgb(ofIndex: Int(index)))
        case .rgb(let red, let green, let blue):
            return depth == 256 ? Self.nearestIn256((Int(red), Int(green), Int(blue)))
                : nearest((Int(red), Int(green), Int(blue)))
        }
    }

    private func nearest(_ rgb: (Int, Int, Int)) -> Int32 {
        guard depth > 0 else { return -1 }
        let candidates = 0..<min(depth, 16)
        let best = candidates.min { Self.distance(Self.rgb(ofIndex: $0), rgb) < Self.distance(Self.rgb(ofIndex: $1), rgb) }
        return Int32(best ?? 0)
    }

    /// The nearest of the 6x6x6 cube and the 24 greys, whichever is closer.
    static func nearestIn256(_ rgb: (Int, Int, Int)) -> Int32 {
        func level(_ value: Int) -> Int { cubeLevels.indices.min { abs(cubeLevels[$0] - value) < abs(cubeLevels[$1] - value) }! }
        let (r, g, b) = (level(rgb.0), level(rgb.1), level(rgb.2))
        let cube = 16 + 36 * r + 6 * g + b
        let average = (rgb.0 + rgb.1 + rgb.2) / 3
        let grey = 232 + min(23, max(0, (average - 3) / 10))
        let best = distance(Self.rgb(ofIndex: cube), rgb) <= distance(Self.rgb(ofIndex: grey), rgb) ? cube : grey
        return Int32(best)
    }

    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// xterm's default colours for the 16 ANSI indices.
    static let ansi: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
        (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
        (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The red, green and blue of an indexed colour in xterm's default palette.
    public static func rgb(ofIndex index: Int) -> (Int, Int, Int) {
        if index < 16 { return ansi[index] }
        if index < 232 {
            let cube = index - 16
            return (cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
        }
        let grey = 8 + 10 * (index - 232)
        return (grey, grey, grey)
    }

    /// The red, green and blue a colour shows as (xterm's palette for indexes); nil for `default`,
    /// which only the terminal knows.
    public static func rgb(of color: Color) -> (Int, Int, Int)? {
        switch color {
        case .default: nil
        case .indexed(let index): rgb(ofIndex: Int(index))
        case .rgb(let red, let green, let blue): (Int(red), Int(green), Int(blue))
        }
    }

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let (dr, dg, db) = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
        return dr * dr + dg * dg + db * db
    }
}
