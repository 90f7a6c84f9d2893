import ArticleModel
import TextKit

/// The entities view (`e`) and the speakers view (`S`) with a speaker's quotations: rows counted over
/// the whole library in the background (nil until they arrive: "counting…"), sorted, filtered.
public struct LibraryBrowser: Hashable, Sendable {
    public enum Page: Hashable, Sendable {
        case entities
        case speakers
        case quotations(speaker: String)
    }

    public enum Sort: Hashable, Sendable { case count, name }

    public var page: Page
    public var entities: [EntityGroup]?
    public var speakers: [SpeakerTally]?
    public var quotations: [QuotationRef]?
    public var sort: Sort = .count
    /// Narrows the rows: folded, so `lavrov` finds `Lavrov` and `da nang` finds `Đà Nẵng`.
    public var filter = ""
    /// The selected row among `items`.
    public var selection = 0
    /// The speakers view's selection, to come back to from a speaker's quotations.
    var speakerSelection = 0

    public init(page: Page) { self.page = page }

    /// One selectable row.
    public enum Item: Hashable, Sendable {
        case entity(EntityGroup)
        case speaker(SpeakerTally)
        case quotation(QuotationRef)
    }

    /// The rows of the page, sorted and filtered; nil while they are being counted. Worked out when
    /// the rows, the sort or the filter change, not at each frame: a library can name 50,000 entities.
    public private(set) var items: [Item]?
    /// The digits of the largest count, so the counts line up.
    private(set) var countWidth = 0

    mutating func rebuild() {
        let folded = filter.isEmpty ? nil : DiacriticFolding.fold(filter)
        func keep(_ text: String) -> Bool { folded.map { DiacriticFolding.fold(text).contains($0) } ?? true }
        switch page {
        case .entities:
            guard let entities else { items = nil; break }
            let kinds = Entity.Kind.allCases
            items = Self.sorted(entities.filter { keep($0.canonical) }, sort) {
                (kinds.firstIndex(of: $0.type)!, $0.canonical, $0.articles)
            }.map(Item.entity)
        case .speakers:
            guard let speakers else { items = nil; break }
            items = Self.sorted(speakers.filter { keep($0.name) }, sort) { (0, $0.name, $0.quotations) }
                .map(Item.speaker)
        case .quotations:
            items = quotations?.filter { keep($0.text) || keep($0.article.title) }.map(Item.quotation)
        }
        selection = max(0, min(selection, (items?.count ?? 1) - 1))
        countWidth = (items ?? []).lazy.map { item -> Int in
            switch item {
            case .entity(let group): String(group.articles).count
            case .speaker(let speaker): String(speaker.quotations).count
            case .quotation: 0
            }
        }.max() ?? 0
    }

    /// By group, then most first (then by name), or by name: names folded so that `Đ` sorts with `D`.
    static func sorted<Row>(_ rows: [Row], _ sort: Sort, key: (Row) -> (group: Int, name: String, count: Int)) -> [Row] {
        let keyed = rows.map { row in
            let parts = key(row)
            return (row: row, group: parts.group, folded: DiacriticFolding.fold(parts.name),
                    name: parts.name, count: parts.count)
        }
        return keyed.sorted { lhs, rhs in
            if lhs.group != rhs.group { return lhs.group < rhs.group }
            if sort == .count, lhs.count != rhs.count { return lhs.count > rhs.count }
            return lhs.folded != rhs.folded ? lhs.folded < rhs.folded : lhs.name < rhs.name
        }.map(\.row)
    }

    public var title: String {
        let sorted = sort == .count ? "by count" : "by name"
        switch page {
        case .entities: return "Entities (\(entities?.count ?? 0)) · \(sorted)"
        case .speakers: return "Speakers (\(speakers?.count ?? 0)) · \(sorted)"
        case .quotations(let speaker): return "\(speaker): \(quotations?.count ?? 0) quotations"
        }
    }
}
