import ArticleModel
import BrowserUI
import LibraryIndex

/// The counts of the entities and speakers views, over every article of an index: made once per
/// index in the background (100,000 analysis digests take a while to decode), kept until it changes.
struct LibraryTallies: Sendable {
    /// Where a speaker's quotation is: the entry and the quote's position in its analysis.
    struct QuoteAt: Sendable {
        var position: Int
        var quote: Int
    }

    let index: LibraryIndex
    private(set) var entities: [EntityGroup] = []
    private(set) var speakers: [SpeakerTally] = []
    private(set) var quotes: [String: [QuoteAt]] = [:]

    init(index: LibraryIndex) throws {
        self.index = index
        var entityArticles: [Entity.Kind: [String: Int]] = [:]
        var speakerArticles: [String: Int] = [:]
        for position in index.entries.indices {
            let analysis = try index.analysis(at: position)
            for entity in analysis.entities { entityArticles[entity.type, default: [:]][entity.canonical, default: 0] += 1 }
            var speakersHere = Set<String>()
            for (number, quote) in analysis.quotes.enumerated() where quote.named {
                guard let speaker = quote.speaker, !speaker.isEmpty else { continue }
                quotes[speaker, default: []].append(QuoteAt(position: position, quote: number))
                speakersHere.insert(speaker)
            }
            for speaker in speakersHere { speakerArticles[speaker, default: 0] += 1 }
        }
        // (`Blair` in one article, `Tony Blair` in another: one person in the views.)
        if let people = entityArticles[.person] {
            entityArticles[.person] = ShortNameFolding.fold(people, into: ShortNameFolding.targets(people))
        }
        let folding = ShortNameFolding.targets(speakerArticles)
        speakerArticles = ShortNameFolding.fold(speakerArticles, into: folding)
        for (short, full) in folding {
            quotes[full, default: []].append(contentsOf: quotes.removeValue(forKey: short) ?? [])
            quotes[full]?.sort { ($0.position, $0.quote) < ($1.position, $1.quote) }
        }
        entities = entityArticles.flatMap { kind, names in
            names.map { EntityGroup(canonical: $0.key, type: kind, articles: $0.value) }
        }
        speakers = quotes.map { name, list in
            SpeakerTally(name: name, quotations: list.count, articles: speakerArticles[name] ?? 0)
        }
    }

    /// Every quotation of `speaker`, newest article first, in reading order within an article.
    func quotations(of speaker: String) -> [QuotationRef] {
        (quotes[speaker] ?? []).compactMap { place in
            guard let analysis = try? index.analysis(at: place.position), analysis.quotes.indices.contains(place.quote)
            else { return nil }
            let quote = analysis.quotes[place.quote]
            return QuotationRef(text: quote.text, article: index.entries[place.position].summary(root: index.root),
                                span: quote.span, quoteIndex: place.quote)
        }
    }

    func answer(_ request: LibraryTally) -> SearchAnswer {
        switch request {
        case .entities: .entities(entities)
        case .speakers: .speakers(speakers)
        case .quotations(let speaker): .quotations(speaker: speaker, quotations(of: speaker))
        }
    }
}
