import ArticleModel
import TextAnalysis

/// The terms an article is found by: folded words of its title and body, and field terms for its
/// speakers (`speaker:lavrov`), entities (`entity:nato`) and source (`source:to`), each with a count.
public enum SearchTerms {
    /// Title words count this many times over, so that an article about a word ranks above one that
    /// mentions it in passing.
    static let titleWeight = 3

    public static func of(_ article: Article) -> [String: Int] {
        var counts: [String: Int] = [:]
        for word in words(DiacriticFolding.fold(article.title)) { counts[word, default: 0] += titleWeight }
        for block in article.blocks {
            for word in words(DiacriticFolding.fold(block.text)) { counts[word, default: 0] += 1 }
        }
        for quote in article.analysis.quotes where quote.named {
            for word in words(DiacriticFolding.fold(quote.speaker ?? "")) { counts["speaker:" + word, default: 0] += 1 }
        }
        for entity in article.analysis.entities {
            for word in words(DiacriticFolding.fold(entity.canonical)) { counts["entity:" + word, default: 0] += 1 }
            if entity.canonical != entity.text {
                for word in words(DiacriticFolding.fold(entity.text)) { counts["entity:" + word, default: 0] += 1 }
            }
        }
        for word in words(DiacriticFolding.fold(article.source ?? "")) { counts["source:" + word, default: 0] += 1 }
        return counts
    }

    /// Words of already folded text: runs of letters and digits; each CJK character is a word of its own,
    /// since CJK text has no spaces between words.
    public static func words(_ folded: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { result.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in folded.unicodeScalars {
            if isIdeographic(scalar) {
                flush()
                result.append(String(scalar))
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark, !current.isEmpty {
                current.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    /// Han, kana and CJK compatibility characters: matched one character at a time.
    public static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: true
        default: false
        }
    }
}
