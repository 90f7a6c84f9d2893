import CNcursesw
import TerminalCanvas

/// Turns what `get_wch` returns into lede's key events: a character (`OK`) or a curses key code
/// (`KEY_CODE_YES`). Returns nil for keys lede has no name for, which the loop ignores.
enum KeyDecoder {
    /// A character read in cbreak mode. Ctrl-C, Ctrl-Z and Ctrl-\ never arrive here: the terminal
    /// turns them into signals, which `SignalRelay` handles.
    static func event(forCharacter value: UInt32) -> KeyEvent? {
        switch value {
        case 0x0A, 0x0D: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x08, 0x7F: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(value + 0x60)!))
        case 0x1C...0x1F: return .control(Character(Unicode.Scalar(value + 0x40)!))
        case 0x00, 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A special key. `KEY_MOUSE` is decoded by the caller, which must fetch the mouse event.
    static func event(forKeyCode code: Int32) -> KeyEvent? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_RESIZE: return .resize
        case lede_key_f(1)...lede_key_f(24): return .function(Int(code - lede_key_f(0)))
        default: return nil
        }
    }

    /// A mouse report: a left press or click, or a wheel turn (buttons 4 and 5).
    static func event(forMouseState state: mmask_t, x: Int32, y: Int32) -> KeyEvent? {
        let kind: MouseEvent.Kind
        if state & lede_button4_pressed() != 0 {
            kind = .wheelUp
        } else if state & lede_button5_pressed() != 0 {
            kind = .wheelDown
        } else if state & (lede_button1_pressed() | lede_button1_clicked()) != 0 {
            kind = .press
        } else {
            return nil
        }
        return .mouse(MouseEvent(kind, x: Int(x), y: Int(y)))
    }
}
