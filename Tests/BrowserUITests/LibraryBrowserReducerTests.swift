import ArticleModel
import BrowserUI
import TerminalCanvas
import LedeTestSupport
import Testing

/// The entities (`e`) and speakers (`S`) views through `reduce`, with the counts the executable would
/// send made from the fixtures' own analyses.
@Suite struct LibraryBrowserReducerTests {
    let size = Size(width: 80, height: 24)

    /// Entities by canonical form with the number of fixture articles that mention each.
    static func entityGroups() throws -> [EntityGroup] {
        var counts: [String: (Entity.Kind, Set<ArticleID>)] = [:]
        for article in Fixtures.ownLibrary() {
            for entity in article.analysis.entities {
                counts[entity.canonical, default: (entity.type, [])].1.insert(article.id)
            }
        }
        return counts.map { EntityGroup(canonical: $0.key, type: $0.value.0, articles: $0.value.1.count) }
    }

    /// Named speakers with their quotations, from the fixtures (the repository's own, unless the
    /// seed's library is given).
    static func quotations(in library: [Article] = Fixtures.ownLibrary()) throws -> [String: [QuotationRef]] {
        var result: [String: [QuotationRef]] = [:]
        for article in library {
            for (index, quote) in article.analysis.quotes.enumerated() where quote.named {
                result[quote.speaker!, default: []].append(
                    QuotationRef(text: quote.text, article: article.summary, span: quote.span, quoteIndex: index))
            }
        }
        return result
    }

    static func speakers(in library: [Article] = Fixtures.ownLibrary()) throws -> [SpeakerTally] {
        try quotations(in: library).map { name, list in
            SpeakerTally(name: name, quotations: list.count, articles: Set(list.map(\.article.id)).count)
        }
    }

    func items(_ state: AppState) -> [LibraryBrowser.Item]? {
        if case .browse(let browser) = state.overlay { return browser.items }
        return nil
    }

    func browser(_ state: AppState) -> LibraryBrowser? {
        if case .browse(let browser) = state.overlay { return browser }
        return nil
    }

    @Test func eCountsInTheBackgroundThenListsEntitiesByTypeAndCount() throws {
        var state = AppState(articles: Fixtures.ownLibrary().map(\.summary), size: size)
        #expect(press(&state, .character("e")) == [.tally(.entities)])
        #expect(items(state) == nil)
        #expect(render(state).lines.contains { $0.contains("counting…") })
        _ = reduce(&state, .search(.entities(try Self.entityGroups())))
        let rows = items(state)?.compactMap { item -> EntityGroup? in
            if case .entity(let group) = item { group } else { nil }
        } ?? []
        #expect(rows.count == (try Self.entityGroups()).count)
        // Grouped by type in the order person, organisation, place, date; most mentioned first in each.
        let kinds = Entity.Kind.allCases
        #expect(rows.map { kinds.firstIndex(of: $0.type)! } == rows.map { kinds.firstIndex(of: $0.type)! }.sorted())
        for kind in kinds {
            let counts = rows.filter { $0.type == kind }.map(\.articles)
            #expect(counts == counts.sorted(by: >))
        }
        let grid = render(state)
        #expect(grid.lines.contains { $0.contains("People") })
        #expect(grid.lines.contains { $0.contains("Trần Minh Quang") })
        // s sorts by name, and back.
        _ = press(&state, .character("s"))
        #expect(browser(state)?.sort == .name)
        let people = (items(state) ?? []).compactMap { item -> String? in
            if case .entity(let group) = item, group.type == .person { group.canonical } else { nil }
        }
        #expect(people == people.sorted())
        _ = press(&state, .character("s"))
        #expect(browser(state)?.sort == .count)
        // Esc closes the view.
        _ = press(&state, .escape)
        #expect(state.overlay == nil)
    }

    @Test func slashFiltersTheEntitiesFoldedAndEnterListsTheArticlesThatMentionOne() throws {
        var state = AppState(articles: Fixtures.ownLibrary().map(\.summary), size: size)
        _ = press(&state, .character("e"))
        _ = reduce(&state, .search(.entities(try Self.entityGroups())))
        _ = press(&state, .character("/"))
        #expect(state.input?.prompt == "Filter: ")
        for character in "dinh vu" { _ = reduce(&state, .key(.character(character))) }
        #expect(items(state) == [.entity(EntityGroup(canonical: "Đình Vũ", type: .place, articles: 1))])
        _ = press(&state, .enter)
        #expect(state.input == nil && browser(state)?.filter == "dinh vu")
        // The list is back: the search, and the preview of the article selected meanwhile.
        #expect(press(&state, .enter).first == .search("entity:\"Đình Vũ\"", typing: false))
        #expect(state.overlay == nil && state.focus == .list)
        #expect(state.search.listQuery == "entity:\"Đình Vũ\"")
        let harbour = Fixtures.harbour().summary
        _ = reduce(&state, .search(.results(query: "entity:\"Đình Vũ\"", [SearchHit(summary: harbour, matches: 1)])))
        #expect(state.articles == [harbour])
    }

    @Test func sListsSpeakersMostQuotedFirstAndEnterReachesTheirQuotations() throws {
        var state = AppState(articles: Fixtures.ownLibrary().map(\.summary), size: size)
        #expect(press(&state, .character("S")) == [.tally(.speakers)])
        let speakerCount = try Self.speakers().count
        _ = reduce(&state, .search(.speakers(try Self.speakers())))
        let counts = (items(state) ?? []).compactMap { item -> Int? in
            if case .speaker(let speaker) = item { speaker.quotations } else { nil }
        }
        #expect(counts == counts.sorted(by: >) && counts.count == speakerCount)
        guard case .speaker(let first)? = items(state)?.first else {
            Issue.record("no speakers")
            return
        }
        #expect(first.name == "Trần Minh Quang")
        #expect(press(&state, .enter) == [.tally(.quotations(speaker: "Trần Minh Quang"))])
        #expect(render(state).lines.contains { $0.contains("counting…") })
        let quang = try Self.quotations()["Trần Minh Quang"]!
        _ = reduce(&state, .search(.quotations(speaker: "Trần Minh Quang", quang)))
        #expect(items(state)?.count == quang.count)
        let grid = render(state)
        #expect(grid.lines[0].contains("Trần Minh Quang: \(quang.count) quotations"))
        // Esc goes back to the speakers, the speaker still selected; Enter again, then the third quote.
        _ = press(&state, .escape)
        #expect(browser(state)?.page == .speakers)
        _ = press(&state, .enter)
        _ = reduce(&state, .search(.quotations(speaker: "Trần Minh Quang", quang)))
        _ = press(&state, .character("j"), .character("j"))
        let harbour = Fixtures.harbour()
        #expect(press(&state, .enter) == [.loadArticle(harbour.summary), .markRead(harbour.summary)])
        #expect(state.overlay == nil)
        _ = reduce(&state, .articleLoaded(harbour))
        // The article opens at that quote: selected (sidebar) and on screen.
        let target = harbour.analysis.quotes.firstIndex { $0.span == quang[2].span }
        #expect(target != nil && state.open?.selectedQuote == target)
        let line = state.open!.layout.quoteLines[target!]
        #expect(line >= state.open!.scroll && line < state.open!.scroll + 21)
        #expect(state.selectedArticle?.id == harbour.id)
    }

    @Test func switchingViewsKeepsWhatWasCounted() throws {
        var state = AppState(articles: Fixtures.ownLibrary().map(\.summary), size: size)
        _ = press(&state, .character("S"))
        _ = reduce(&state, .search(.speakers(try Self.speakers())))
        _ = reduce(&state, .search(.entities(try Self.entityGroups())))
        #expect(press(&state, .character("e")).isEmpty)
        #expect(items(state)?.isEmpty == false)
        #expect(press(&state, .character("S")).isEmpty)
        #expect(browser(state)?.page == .speakers)
        #expect(press(&state, .character("q")) == [.quit])
    }

    @Test func aLongViewScrollsToTheSelectionAndTheWheelMovesIt() throws {
        var state = AppState(articles: Fixtures.ownLibrary().map(\.summary), size: size)
        _ = press(&state, .character("e"))
        let many = (1...500).map { EntityGroup(canonical: "Place \($0)", type: .place, articles: $0) }
            + [EntityGroup(canonical: "Somebody", type: .person, articles: 1)]
        _ = reduce(&state, .search(.entities(many)))
        #expect(render(state).lines[1].contains("People"))
        _ = press(&state, .character("G"))
        #expect(browser(state)?.selection == 500)
        var lines = render(state).lines
        #expect(lines.contains { $0.contains("  1  Place 1 ") })  // by count: the least mentioned place last
        #expect(!lines.contains { $0.contains("Somebody") })
        #expect(lines[23 - 1].contains("501/501"))
        _ = reduce(&state, .key(.mouse(MouseEvent(.wheelUp, x: 10, y: 5))))
        #expect(browser(state)?.selection == 497)
        _ = press(&state, .character("g"))
        lines = render(state).lines
        #expect(lines.contains { $0.contains("Somebody") } && lines.contains { $0.contains("500  Place 500") })
    }
}
