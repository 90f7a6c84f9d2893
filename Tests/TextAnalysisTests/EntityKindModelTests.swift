import ArticleModel
@testable import TextAnalysis
import Testing

/// The learned second look at entity kinds: how its verdicts change an article's entities (only the
/// classifier's guesses, past the margins), and that the shipped models leave plain names alone.
@Suite struct EntityKindModelTests {
    /// One block and the mentions of `name` in it (each occurrence), typed `kind` by the classifier's guess
    /// (or with `clues`), as entities.
    static func mentions(of name: String, in sentence: String, kind: Entity.Kind, clues: Mention.Clues = .guessed)
        -> (BlockText, [Mention], [Entity]) {
        let block = BlockText(index: 0, text: sentence)
        let words = BlockText(index: 0, text: name).tokens.map(\.key)
        var mentions: [Mention] = []
        for start in block.tokens.indices where block.tokens.hasKeys(words, at: start) {
            mentions.append(Mention(block: 0, first: start, end: start + words.count, kind: kind, clues: clues))
        }
        let entities = mentions.map { m in
            Entity(text: block.text(m.first..<m.end), type: kind, canonical: name,
                   span: TextSpan(block: 0, start: block.tokens[m.first].start, end: block.tokens[m.end - 1].end))
        }
        return (block, mentions, entities)
    }

    /// A model whose only weight says that a name the rules typed `kind` is `label` by `weight`.
    static func model(_ kind: Entity.Kind, votes label: Int, by weight: Float) -> EntityKindModel {
        var columns = [Float](repeating: 0, count: 4)
        columns[label] = weight
        let key = EntityKindModel.feature(1, EntityKindModel.kindCode(kind))
        return EntityKindModel(weights: "# test\n\(key) " + columns.map { "\($0)" }.joined(separator: " ") + "\n")
    }

    @Test func aNameReadAsNoEntityIsDroppedEverywhere() {
        let (block, mentions, before) = Self.mentions(
            of: "Paris Saint Germain", in: "Paris Saint Germain thắng đậm, và Paris Saint Germain vào chung kết.", kind: .place)
        var entities = before
        Self.model(.place, votes: 3, by: EntityKindModel.dropMargin + 1).review(&entities, mentions, [block], speakers: [])
        #expect(before.count == 2)
        #expect(entities.isEmpty)
    }

    @Test func droppingANameNeedsTheWiderMargin() {
        let (block, mentions, before) = Self.mentions(
            of: "Paris Saint Germain", in: "Paris Saint Germain thắng đậm, và Paris Saint Germain vào chung kết.", kind: .place)
        var entities = before
        Self.model(.place, votes: 3, by: EntityKindModel.margin + 1).review(&entities, mentions, [block], speakers: [])
        #expect(entities == before)
    }

    /// Only the classifier's guesses are reviewed: a kind a clue or a scan rule gave stands.
    @Test func aKindAClueGaveStands() {
        let (block, mentions, before) = Self.mentions(
            of: "Paris Saint Germain", in: "Paris Saint Germain thắng đậm, và Paris Saint Germain vào chung kết.",
            kind: .place, clues: .afterPlacePrefix)
        var entities = before
        Self.model(.place, votes: 1, by: 10).review(&entities, mentions, [block], speakers: [])
        #expect(entities == before)
    }

    @Test func aNameReadAsAnotherKindChangesEveryMention() {
        let (block, mentions, before) = Self.mentions(
            of: "Paris Saint Germain", in: "Paris Saint Germain thắng đậm, và Paris Saint Germain vào chung kết.", kind: .place)
        var entities = before
        Self.model(.place, votes: 1, by: 2).review(&entities, mentions, [block], speakers: [])
        #expect(entities.map(\.type) == [.organization, .organization])
        #expect(entities.map(\.text) == before.map(\.text))
    }

    @Test func aVerdictWithinTheMarginLeavesTheRulesKind() {
        let (block, mentions, before) = Self.mentions(
            of: "Paris Saint Germain", in: "Paris Saint Germain thắng đậm, và Paris Saint Germain vào chung kết.", kind: .place)
        var entities = before
        Self.model(.place, votes: 1, by: EntityKindModel.margin / 2).review(&entities, mentions, [block], speakers: [])
        #expect(entities == before)
        var untouched = before
        EntityKindModel(weights: "# nothing trained\n").review(&untouched, mentions, [block], speakers: [])
        #expect(untouched == before)
    }

    @Test func aVerdictOnOneKindLeavesTheOthers() {
        let (block, mentions, places) = Self.mentions(
            of: "Hà Nội", in: "Đội Hà Nội thắng ở Hà Nội.", kind: .place)
        var entities = places
        entities[0].type = .organization  // the rules typed the first mention a club
        Self.model(.place, votes: 3, by: EntityKindModel.dropMargin + 1).review(&entities, mentions, [block], speakers: [])
        #expect(entities.map(\.type) == [.organization])
    }

    /// The shipped models, whatever they were trained on, keep the plainest names of each kind.
    @Test func theShippedModelsKeepPlainNames() {
        let vietnamese = Analyze.paragraphs(
            "Thủ tướng Phạm Minh Chính đã đến Hà Nội ngày 5/4 để làm việc với Bộ Y tế.",
            "Ông Phạm Minh Chính cho biết: \"Chúng tôi sẽ tiếp tục hỗ trợ các địa phương chống dịch\".")
        #expect(vietnamese.entities(.person) == ["Phạm Minh Chính"])
        #expect(vietnamese.entities(.place) == ["Hà Nội"])
        #expect(vietnamese.entities(.organization) == ["Bộ Y tế"])
        #expect(vietnamese.entities(.date) == ["5/4"])
        let english = Analyze.paragraphs(
            "Prime Minister Tony Blair visited London on Monday to meet officials from the World Bank.",
            "\"We will keep our promises to the people of Africa,\" Mr Blair said.")
        #expect(english.entities(.person) == ["Tony Blair", "Blair"])
        #expect(english.entities(.place) == ["London", "Africa"])
        #expect(english.entities(.organization) == ["World Bank"])
    }

    /// Names the classifier only guessed are the ones the model reviews; plain people among them stay people.
    @Test(arguments: [
        ("Park Hang Seo", "HLV trưởng của đội, Park Hang Seo, vừa trở lại. Park Hang Seo nói đội sẽ tập trung."),
        ("Arsene Wenger", "The manager, Arsene Wenger, returned. Arsene Wenger told reporters the team would rest."),
    ])
    func theShippedModelsKeepAGuessedPerson(_ name: String, _ text: String) {
        let blocks = [Block(.paragraph, text)]
        let samples = Analyzer().entityKindSamples(blocks)
        #expect(samples.map(\.text) == [name])
        #expect(samples.map(\.reviewed) == [true])
        #expect(Analyzer().analyze(blocks).entities.map(\.type) == [.person, .person])
    }
}
