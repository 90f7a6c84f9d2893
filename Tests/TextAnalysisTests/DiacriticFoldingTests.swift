import Foundation
import TextAnalysis
import Testing

@Suite struct DiacriticFoldingTests {
    @Test func vietnameseFoldsToPlainLowercase() {
        #expect(DiacriticFolding.fold("Đại sứ quán") == "dai su quan")
        #expect(DiacriticFolding.fold("Thành phố Hồ Chí Minh") == "thanh pho ho chi minh")
        #expect(DiacriticFolding.fold("ĐẠI HỌC QUỐC GIA") == "dai hoc quoc gia")
    }

    @Test func nfdInputFoldsTheSameAsNFC() {
        let nfc = "Đại sứ quán Việt Nam"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > nfc.unicodeScalars.count)
        #expect(DiacriticFolding.fold(nfd) == DiacriticFolding.fold(nfc))
    }

    @Test func otherLatinAccentsAndPlainTextPass() {
        #expect(DiacriticFolding.fold("Café Zürich São Paulo") == "cafe zurich sao paulo")
        #expect(DiacriticFolding.fold("dai su quan 2024!") == "dai su quan 2024!")
    }

    @Test func nonLatinScriptsAreKept() {
        #expect(DiacriticFolding.fold("東京 Москва") == "東京 москва")
    }
}
