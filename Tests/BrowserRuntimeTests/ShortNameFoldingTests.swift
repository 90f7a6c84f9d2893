@testable import BrowserRuntime
import Testing

/// The entities and speakers views show one row for a person whom some articles name in full and others
/// by surname alone.
@Suite struct ShortNameFoldingTests {
    @Test func aSurnameFoldsIntoTheFullNameTheLibraryMeans() {
        let articles = ["Tony Blair": 40, "Blair": 12, "Cherie Blair": 3, "Parry": 5, "Rick Parry": 1]
        let targets = ShortNameFolding.targets(articles)
        #expect(targets == ["Blair": "Tony Blair", "Parry": "Rick Parry"])
        #expect(ShortNameFolding.fold(articles, into: targets) == ["Tony Blair": 52, "Cherie Blair": 3, "Rick Parry": 6])
    }

    /// Two full names of near weight (`George Bush`, `Jeb Bush`), a given name (`David` opens `David Davis`),
    /// Vietnamese given names (`Long`; `Lam`, whose full name has only `ô`, a letter French shares), and a
    /// name no full name ends in stay as they are.
    @Test func anAmbiguousSurnameAGivenNameAndAVietnameseNameStay() {
        let articles = ["George Bush": 6, "Jeb Bush": 3, "Bush": 4, "David": 2, "Craig David": 1, "David Davis": 5,
                        "Nguyễn Thanh Long": 9, "Long": 3, "Sông Lam": 40, "Lam": 3, "Zidane": 7]
        #expect(ShortNameFolding.targets(articles).isEmpty)
    }
}
