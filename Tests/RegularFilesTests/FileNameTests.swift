import RegularFiles
import Testing

@Suite struct FileNameTests {
    @Test func anyBytesRoundTrip() {
        var generator = SystemRandomNumberGenerator()
        for length in 0..<200 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 1...255, using: &generator) }
            #expect(FileName.bytes(FileName.decode(bytes)) == bytes)
        }
        for bytes: [UInt8] in [[0xE9], [0xE2, 0x82], [0xE2, 0x82, 0x41], [0xF0, 0x9F, 0x98], [0xC3, 0xA9, 0xFF]] {
            #expect(FileName.bytes(FileName.decode(bytes)) == bytes)
        }
    }

    @Test func validUTF8IsLeftAsItIs() {
        #expect(FileName.decode(Array("Đà Nẵng/tin.txt".utf8)) == "Đà Nẵng/tin.txt")
        #expect(FileName.bytes("Đà Nẵng/tin.txt") == Array("Đà Nẵng/tin.txt".utf8))
        #expect(FileName.decode([0x63, 0xE9]) == "c\u{10FEE9}")
    }
}
