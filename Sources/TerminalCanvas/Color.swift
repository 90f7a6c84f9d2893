/// A colour as a theme names it. The backend maps it to what the terminal has (256, 16, 8 or none).
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    /// One of the 256 indexed colours; 0 to 15 are the 16 named ANSI colours.
    case indexed(UInt8)
    /// A true colour, degraded to the nearest indexed colour where the terminal has fewer.
    case rgb(UInt8, UInt8, UInt8)

    public static let black = Color.indexed(0), red = Color.indexed(1), green = Color.indexed(2)
    public static let yellow = Color.indexed(3), blue = Color.indexed(4), magenta = Color.indexed(5)
    public static let cyan = Color.indexed(6), white = Color.indexed(7)
    public static let brightBlack = Color.indexed(8), brightRed = Color.indexed(9)
    public static let brightGreen = Color.indexed(10), brightYellow = Color.indexed(11)
    public static let brightBlue = Color.indexed(12), brightMagenta = Color.indexed(13)
    public static let brightCyan = Color.indexed(14), brightWhite = Color.indexed(15)
}
