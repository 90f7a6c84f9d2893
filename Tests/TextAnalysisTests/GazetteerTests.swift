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
}
