import Foundation

/// Writes libraries of realistic Vietnamese and English news articles (quotations, speakers, entities,
/// dates), deterministic from a seed, for benchmarks and scale tests.
public struct CorpusGenerator: Sendable {
    public var seed: UInt64
    /// Share of articles in Vietnamese; the rest are English.
    public var vietnameseShare: Double

    public init(seed: UInt64 = 1, vietnameseShare: Double = 0.7) {
        self.seed = seed
        self.vietnameseShare = vietnameseShare
    }

    /// One generated article: its path inside the library and its text.
    public struct Document: Sendable, Equatable {
        public var relativePath: String
        public var text: String
    }

    /// The `index`-th article of the corpus; any article can be made on its own, in any order.
    public func document(_ index: Int) -> Document {
        var random = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        let folder = String(format: "%03d", index / 1000)
        if random.chance(vietnameseShare) {
            return Document(relativePath: "\(folder)/vi-\(index).txt", text: vietnamese(&random))
        }
        return Document(relativePath: "\(folder)/en-\(index).txt", text: english(&random))
    }

    /// Writes articles `0..<count` under `folder`, creating subfolders of a thousand each.
    public func write(count: Int, to folder: String) throws {
        let manager = FileManager.default
        for index in 0..<count {
            let document = document(index)
            let url = URL(fileURLWithPath: folder).appendingPathComponent(document.relativePath)
            if index % 1000 == 0 {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            }
            try Data(document.text.utf8).write(to: url)
        }
    }

    // MARK: Vietnamese: the wire shape, `(Source) - lede`, title, one paragraph per line.

    func vietnamese(_ random: inout SplitMix64) -> String {
        typealias V = Vocabulary.Vietnamese
        let topic = random.pick(V.topics), place = random.pick(V.places), org = random.pick(V.organisations)
        let speakers = (0..<random.int(1...3)).map { _ in
            (family: random.pick(V.familyNames), middle: random.pick(V.middleNames), given: random.pick(V.givenNames),
             title: random.pick(V.titles))
        }
        let day = random.int(1...28), month = random.int(1...12), year = random.int(2015...2025)
        var lines = [
            // A dateline, which is what dates an article (a date inside the text does not).
            "(\(random.pick(V.sources))) - \(place.uppercased()) (\(day)/\(month)/\(year)) - \(org) tại \(place) công bố kế hoạch mới về \(topic).",
            "\(place): \(org) công bố kế hoạch về \(topic)",
        ]
        for paragraph in 0..<random.int(5...12) {
            let speaker = speakers[paragraph % speakers.count]
            let fullName = "\(speaker.family) \(speaker.middle) \(speaker.given)"
            let quote = (0..<random.int(1...2)).map { _ in
                random.pick(V.clauses).replacingOccurrences(of: "%@", with: topic)
            }.joined(separator: ", ")
            let quoted = quote.prefix(1).uppercased() + quote.dropFirst()
            switch random.int(0...4) {
            case 0:
                lines.append("\"\(quoted)\", \(speaker.title) \(fullName) \(random.pick(V.verbs)).")
            case 1:
                lines.append("\(speaker.title.prefix(1).uppercased() + speaker.title.dropFirst()) \(speaker.given) \(random.pick(V.verbs)): \"\(quoted).\"")
            case 2:
                lines.append(random.pick(V.headings))
                fallthrough
            default:
                let sentences = (0..<random.int(2...4)).map { _ in
                    random.pick(V.sentences).replacingOccurrences(of: "%@", with: topic)
                }
                lines.append(sentences.joined(separator: " ") + " Theo \(org), tháng \(month)/\(year) là mốc quan trọng.")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: English: the common shape, title, blank line, paragraphs.

    func english(_ random: inout SplitMix64) -> String {
        typealias E = Vocabulary.English
        let topic = random.pick(E.topics), place = random.pick(E.places), org = random.pick(E.organisations)
        let speakers = (0..<random.int(1...3)).map { _ in (given: random.pick(E.givenNames), family: random.pick(E.familyNames)) }
        let day = random.int(1...28), month = random.pick(Vocabulary.englishMonths), year = random.int(2015...2025)
        var paragraphs = [
            "\(place) row over \(topic) deepens",
            "\(place.uppercased()), \(day) \(month) \(year) - Plans on \(topic) announced by \(org) in \(place) have drawn strong reactions.",
        ]
        for paragraph in 0..<random.int(5...12) {
            let speaker = speakers[paragraph % speakers.count]
            let quote = random.pick(E.clauses).replacingOccurrences(of: "%@", with: topic)
            let quoted = quote.prefix(1).uppercased() + quote.dropFirst()
            switch random.int(0...3) {
            case 0:
                paragraphs.append("\"\(quoted),\" \(random.pick(E.verbs)) \(speaker.given) \(speaker.family).")
            case 1:
                paragraphs.append("\(random.pick(E.titles)) \(speaker.family) said: \"\(quoted).\"")
            default:
                let sentences = (0..<random.int(2...4)).map { _ in
                    random.pick(E.sentences).replacingOccurrences(of: "%@", with: topic)
                }
                paragraphs.append(sentences.joined(separator: " "))
            }
        }
        return paragraphs.joined(separator: "\n\n") + "\n"
    }
}
