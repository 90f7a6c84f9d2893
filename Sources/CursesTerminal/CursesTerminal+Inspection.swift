import CNcursesw
import TerminalCanvas

/// Reading back what curses holds for the screen, so that tests on a pseudo-terminal can check what
/// `draw` sent without parsing escape sequences.
extension CursesTerminal {
    /// The characters curses holds at a cell, with their attributes (colour bits removed) and pair.
    func inspect(x: Int, y: Int) -> (text: String, attributes: attr_t, pair: Int16)? {
        guard isActive, let window = lede_stdscr() else { return nil }
        var cell = cchar_t()
        guard mvwin_wch(window, Int32(y), Int32(x), &cell) == OK else { return nil }
        var characters = [wchar_t](repeating: 0, count: 8)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        guard getcchar(&cell, &characters, &attributes, &pair, nil) == OK else { return nil }
        let scalars = characters.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return (String(text), attributes & ~lede_a_color(), pair)
    }

    /// The colours of a pair curses has defined.
    func colors(ofPair pair: Int16) -> (foreground: Int16, background: Int16) {
        var foreground: Int16 = 0, background: Int16 = 0
        pair_content(pair, &foreground, &background)
        return (foreground, background)
    }

    /// Writes behind lede's back, as another program sharing the terminal would.
    func scribble(_ character: Character, x: Int, y: Int) {
        guard isActive, let window = lede_stdscr(), let value = character.unicodeScalars.first?.value else { return }
        mvwaddch(window, Int32(y), Int32(x), chtype(value))
        wrefresh(window)
    }
}
