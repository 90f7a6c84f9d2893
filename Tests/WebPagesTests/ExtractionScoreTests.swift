import Foundation
import Testing
import WebPages

/// The development pages' score, with the metric of `../shared/extraction/score.py` re-implemented, so
/// that a regression of the extractor fails CI. The pages live beside the repository, not in it.
@Suite(.enabled(if: DevelopmentPages.available, "../shared/extraction (the development pages) is absent"))
struct ExtractionScoreTests {
    @Test func developmentPagesScoreAtLeast093() throws {
        let truthData = try Data(contentsOf: DevelopmentPages.folder.appendingPathComponent("ground-truth.json"))
        let truth = try JSONDecoder().decode([String: Truth].self, from: truthData)
        var score = ShingleScore()
        for (id, expected) in truth {
            let page = DevelopmentPages.folder.appendingPathComponent("html/\(id).html")
            let text = (try? ArticleExtractor().extract(WebPage(bytes: Array(Data(contentsOf: page)))).text) ?? ""
            score.add(expected: expected.articleBody, found: text)
        }
        #expect(truth.count == 90)
        #expect(score.f1 >= 0.93, "F1 \(score.f1) (P \(score.precision), R \(score.recall))")
    }

    @Test func theMetricMatchesTheScorersOnAKnownCase() {
        var score = ShingleScore()
        // 5 words: 2 shingles each; one shared, one extra, one missing.
        score.add(expected: "one two three four five", found: "One, two three four six")
        #expect(abs(score.precision - 0.5) < 1e-9 && abs(score.recall - 0.5) < 1e-9)
        var short = ShingleScore()
        short.add(expected: "two words", found: "two words")
        #expect(short.f1 == 1)
    }

    struct Truth: Decodable {
        var articleBody: String
    }
}

/// Where the development pages are: beside the repository, as the project's shared material is in CI.
enum DevelopmentPages {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/extraction").standardizedFileURL

    /// Under CI the pages must be there: a missing folder then fails rather than skips.
    static var available: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("ground-truth.json").path)
            || ProcessInfo.processInfo.environment["CI"] != nil
    }
}

/// score.py's metric: texts cut into lowercased `\w+` words, then overlapping 4-word shingles (a text
/// of fewer words is one shingle); per page the matched, extra and missing shingles as shares of all
/// three, summed over pages; precision, recall and F1 from the sums.
struct ShingleScore {
    var truePositive = 0.0
    var falsePositive = 0.0
    var falseNegative = 0.0

    mutating func add(expected: String, found: String) {
        let wanted = Self.shingles(expected)
        let got = Self.shingles(found)
        var matched = 0
        var extra = 0
        for (shingle, count) in got {
            let common = min(count, wanted[shingle] ?? 0)
            matched += common
            extra += count - common
        }
        let missing = wanted.values.reduce(0, +) - matched
        let all = Double(matched + extra + missing)
        guard all > 0 else { return }
        truePositive += Double(matched) / all
        falsePositive += Double(extra) / all
        falseNegative += Double(missing) / all
    }

    var precision: Double { truePositive + falsePositive == 0 ? 0 : truePositive / (truePositive + falsePositive) }
    var recall: Double { truePositive + falseNegative == 0 ? 0 : truePositive / (truePositive + falseNegative) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    static func shingles(_ text: String) -> [[String]: Int] {
        let words = self.words(text)
        guard !words.isEmpty else { return [:] }
        var counts: [[String]: Int] = [:]
        for start in 0..<max(1, words.count - 3) {
            counts[Array(words[start..<min(start + 4, words.count)]), default: 0] += 1
        }
        return counts
    }

    /// Python's `\w+` on lowercased text: runs of letters, marks of letters, digits and underscores.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil || scalar == "_" {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }
}
