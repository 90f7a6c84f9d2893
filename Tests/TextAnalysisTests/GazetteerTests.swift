import Foundation
@testable import TextAnalysis
import Testing

/// The word lists built into the binary: written in NFC, so the gazetteer need not normalise them, and
/// read into the same entries Foundation's trimming and normalising gave.
@Suite struct GazetteerTests {
    @Test func everyWordListIsNFCAndReadsAsFoundationWouldReadIt() {
        for (name, _) in Gazetteer.files {
            #expect(EmbeddedGazetteers.files[name + ".txt"] != nil, "\(name).txt is not built in")
        }
        for (name, text) in EmbeddedGazetteers.files {
            #expect(text == text.precomposedStringWithCanonicalMapping, "\(name) is not NFC")
            let foundation = text.split(separator: "\n").compactMap { line -> String? in
                let word = line.trimmingCharacters(in: .whitespaces)
                return word.isEmpty || word.hasPrefix("#") ? nil : word
            }
            #expect(Gazetteer.entries(of: text) == foundation, "\(name)")
        }
    }

    @Test func entriesAreTrimmedAndCommentsSkipped() {
        #expect(Gazetteer.entries(of: "  Hà Nội\t\n# a comment\n\n\tđà nẵng \n   # indented comment\nx") == ["Hà Nội", "đà nẵng", "x"])
    }

    private func tokens(_ text: String) -> [Token] { Tokenizer.tokenize(Array(text.unicodeScalars)) }

    /// A first word that begins entries of other categories only is told at its first probe, and the
    /// longest entry of the categories asked for is still found behind it, however many lists hold it.
    @Test func aFirstWordAnswersForTheCategoriesItBegins() {
        var gazetteer = Gazetteer()
        gazetteer.add("cho biết", as: .speechVerb)
        gazetteer.add("cho", as: .stopword)
        gazetteer.add("anh", as: .pronoun)
        gazetteer.add("anh", as: .honorific)
        gazetteer.seal()
        let said = tokens("cho biết thêm")
        #expect(gazetteer.match(said, at: 0, [.place, .organization]) == nil)
        #expect(gazetteer.match(said, at: 0, [.speechVerb])?.length == 2)
        #expect(gazetteer.match(said, at: 0, [.stopword])?.length == 1)
        #expect(gazetteer.match(said, at: 0, [.stopword, .speechVerb])?.category == .speechVerb)
        #expect(gazetteer.categories(tokens("anh"), at: 0) == [.pronoun, .honorific])
        // Entries added after a seal join what the first word begins.
        gazetteer.add("cho thuê nhà", as: .organization)
        gazetteer.seal()
        #expect(gazetteer.match(tokens("cho thuê nhà"), at: 0, [.organization])?.length == 3)
        #expect(gazetteer.match(said, at: 0, [.speechVerb])?.length == 2)
    }

    /// Several lists' entries for one phrase read as one, keeping what each needs capitalised.
    @Test func entriesOfOnePhraseAreCoalescedByTheirCapitals() {
        let coalesced = Gazetteer.coalesced([
            .init(length: 1, capitals: 0, category: .pronoun), .init(length: 1, capitals: 1, category: .place),
            .init(length: 1, capitals: 0, category: .honorific),
        ])
        #expect(coalesced.count == 2)
        #expect(coalesced.contains { $0.capitals == 0 && $0.category == [.pronoun, .honorific] })
        #expect(coalesced.contains { $0.capitals == 1 && $0.category == .place })
    }
}
