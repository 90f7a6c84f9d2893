import Foundation
import TextKit
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

@Suite struct DiacriticFoldingToneTests {
    @Test(arguments: [
        ("Đại sứ quán", "dai su quan"), ("Đà Nẵng", "da nang"), ("LAVROV", "lavrov"),
        ("Nguyễn Thị Ánh Tuyết", "nguyen thi anh tuyet"), ("ăâêôơư", "aaeoou"), ("Ỷ Ỹ Ỵ ỵ", "y y y y"),
        ("Crème brûlée", "creme brulee"), ("東京", "東京"), ("👍 ok", "👍 ok"),
    ])
    func folds(_ pair: (String, String)) {
        #expect(DiacriticFolding.fold(pair.0) == pair.1)
    }

    @Test func everyVietnameseToneFoldsToItsBase() {
        for (base, toned) in [("a", "aàáảãạăằắẳẵặâầấẩẫậ"), ("e", "eèéẻẽẹêềếểễệ"), ("i", "iìíỉĩị"),
                              ("o", "oòóỏõọôồốổỗộơờớởỡợ"), ("u", "uùúủũụưừứửữự"), ("y", "yỳýỷỹỵ")] {
            #expect(DiacriticFolding.fold(toned) == String(repeating: base, count: toned.count))
            #expect(DiacriticFolding.fold(toned.uppercased()) == String(repeating: base, count: toned.count))
        }
    }

    @Test func nfdFoldsLikeNFC() {
        let nfc = "Tổng thư ký Đảng"
        #expect(DiacriticFolding.fold(nfc.decomposedStringWithCanonicalMapping) == DiacriticFolding.fold(nfc))
    }

    /// Scalars on both sides of the blocks folded ahead fold alike: outside them (Greek Extended,
    /// Armenian) and at their edges (`Ḁ` and `ẞ` in Latin Extended Additional, `Ω` below 0x530).
    @Test(arguments: [("Ἀθῆναι", "αθηναι"), ("Աբովյան", "աբովյան"), ("Ḁ ẞ ἀ", "a ß α"), ("Ωmega", "ωmega")])
    func scalarsInsideAndOutsideThePrecomputedBlocksFold(_ pair: (String, String)) {
        #expect(DiacriticFolding.fold(pair.0) == pair.1)
    }

    /// The fold into a caller's buffer gives the scalars the string fold gives, or nil when they do not fit.
    @Test func foldIntoABufferMatchesTheStringFold() {
        let word = Array("Nghiêm".unicodeScalars)[...]
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: 8) { buffer in
            let count = DiacriticFolding.fold(word, into: buffer)
            #expect(count.map { String(String.UnicodeScalarView(buffer[..<$0])) } == "nghiem")
            #expect(DiacriticFolding.fold(word, into: UnsafeMutableBufferPointer(rebasing: buffer[..<5])) == nil)
        }
    }
}
