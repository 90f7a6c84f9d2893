import Glibc

/// A pseudo-terminal for running `CursesTerminal` inside the test process: curses draws on the
/// slave side, the test types on the master side and reads (and discards or keeps) what was drawn.
final class PseudoTerminal {
    let master: Int32
    let slave: Int32

    init(width: Int, height: Int) throws {
        var master: Int32 = -1, slave: Int32 = -1
        guard openpty(&master, &slave, nil, nil, nil) == 0 else { throw PseudoTerminalError() }
        self.master = master
        self.slave = slave
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        resize(width: width, height: height)
    }

    deinit {
        close(slave)
        close(master)
    }

    func resize(width: Int, height: Int) {
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Sends bytes as if typed on the terminal's keyboard.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { _ = write(master, $0.baseAddress, $0.count) }
    }

    /// Everything the program wrote to the terminal since the last call.
    func output() -> String {
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }
            result += buffer[0..<count]
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Terminal modes of the slave side, to compare before and after.
    var modes: termios {
        var value = termios()
        tcgetattr(slave, &value)
        return value
    }
}

struct PseudoTerminalError: Error {}
