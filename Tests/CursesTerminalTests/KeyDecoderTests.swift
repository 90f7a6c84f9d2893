import CNcursesw
import Testing
@testable import CursesTerminal
import TerminalCanvas

@Suite struct KeyDecoderTests {
    @Test func charactersAndControls() {
        #expect(KeyDecoder.event(forCharacter: 0x71) == .character("q"))
        #expect(KeyDecoder.event(forCharacter: 0x1EA1) == .character("ạ"))
        #expect(KeyDecoder.event(forCharacter: 0x4E2D) == .character("中"))
        #expect(KeyDecoder.event(forCharacter: 0x0D) == .enter)
        #expect(KeyDecoder.event(forCharacter: 0x0A) == .enter)
        #expect(KeyDecoder.event(forCharacter: 0x09) == .tab)
        #expect(KeyDecoder.event(forCharacter: 0x1B) == .escape)
        #expect(KeyDecoder.event(forCharacter: 0x7F) == .backspace)
        #expect(KeyDecoder.event(forCharacter: 0x08) == .backspace)
        #expect(KeyDecoder.event(forCharacter: 0x01) == .control("a"))
        #expect(KeyDecoder.event(forCharacter: 0x13) == .control("s"))
        #expect(KeyDecoder.event(forCharacter: 0x1A) == .control("z"))
        #expect(KeyDecoder.event(forCharacter: 0x1F) == .control("_"))
        #expect(KeyDecoder.event(forCharacter: 0x00) == nil)
        #expect(KeyDecoder.event(forCharacter: 0x9B) == nil)  // C1 CSI is never a key
    }

    @Test func specialKeys() {
        let expected: [(Int32, KeyEvent)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
            (KEY_ENTER, .enter), (KEY_BTAB, .backTab), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete),
            (KEY_RESIZE, .resize), (lede_key_f(1), .function(1)), (lede_key_f(12), .function(12)),
        ]
        for (code, event) in expected {
            #expect(KeyDecoder.event(forKeyCode: code) == event)
        }
        #expect(KeyDecoder.event(forKeyCode: KEY_MOUSE) == nil)
        #expect(KeyDecoder.event(forKeyCode: KEY_IC) == nil)
    }

    @Test func mouse() {
        #expect(KeyDecoder.event(forMouseState: lede_button1_pressed(), x: 3, y: 4) == .mouse(MouseEvent(.press, x: 3, y: 4)))
        #expect(KeyDecoder.event(forMouseState: lede_button1_clicked(), x: 0, y: 0) == .mouse(MouseEvent(.press, x: 0, y: 0)))
        #expect(KeyDecoder.event(forMouseState: lede_button4_pressed(), x: 1, y: 2) == .mouse(MouseEvent(.wheelUp, x: 1, y: 2)))
        #expect(KeyDecoder.event(forMouseState: lede_button5_pressed(), x: 1, y: 2) == .mouse(MouseEvent(.wheelDown, x: 1, y: 2)))
        #expect(KeyDecoder.event(forMouseState: 0, x: 1, y: 2) == nil)
    }
}
