@testable import LibraryIndex
import Testing

/// The indexer's term map: every term keeps its value through growth, terms are told apart by every
/// byte, and a value set again replaces the old one.
@Suite struct TermTableTests {
    @Test func termsKeepTheirValuesAsTheTableGrows() {
        var table = TermTable()
        let terms = (0..<20_000).map { "từ\($0)" } + ["", "=đà", "=da", "da", "entity:kim ma", "北京"]
        for (number, term) in terms.enumerated() {
            let (value, inserted) = table.value(of: term, inserting: Int32(number))
            #expect(inserted && value == Int32(number))
        }
        #expect(table.count == terms.count)
        #expect(terms.indices.allSatisfy { table.value(of: terms[$0]) == Int32($0) })
        // Asked again, a term is found, not added.
        let (value, inserted) = table.value(of: "=đà", inserting: -1)
        #expect(!inserted && value == Int32(terms.count - 5))
        #expect(table.value(of: "từ20000") == nil && table.value(of: "d") == nil && table.value(of: "daa") == nil)
        #expect(table.count == terms.count)
    }

    @Test func settingAValueReplacesIt() {
        var table = TermTable(capacity: 4)
        table.set("giao", to: 3)
        table.set("giao", to: 9)
        table.set("thông", to: 1)
        #expect(table.value(of: "giao") == 9 && table.value(of: "thông") == 1 && table.count == 2)
    }

    /// A term of 16 MB or more (a file of letters with no break) has its length kept aside; it is found,
    /// told from its prefix, and survives the table's growth.
    @Test func aTermOverSixteenMegabytesIsKeptWhole() {
        var table = TermTable()
        let long = String(repeating: "a", count: 1 << 24), longer = long + "b"
        _ = table.value(of: long, inserting: 1)
        _ = table.value(of: longer, inserting: 2)
        for number in 0..<100 { _ = table.value(of: "t\(number)", inserting: Int32(100 + number)) }
        #expect(table.value(of: long) == 1 && table.value(of: longer) == 2 && table.value(of: "a") == nil)
        #expect(table.value(of: "t99") == 199)
    }

    /// The keys come back in the order they were inserted, also after the lookup slots are let go (an
    /// article's terms travel to the indexer that way), through growth and for a key kept aside.
    @Test func keysComeBackInInsertionOrderAfterTheLookupIsDropped() {
        var table = TermTable()
        let terms = (0..<1_000).map { "từ\($0)" } + ["", "=đà", String(repeating: "a", count: 1 << 24)]
        for (number, term) in terms.enumerated() { _ = table.value(of: term, inserting: Int32(number)) }
        table.dropLookup()
        var keys: [String] = []
        table.forEachKey { keys.append(String(decoding: $0, as: UTF8.self)) }
        #expect(keys == terms)
    }
}
