import ArticleModel

/// A learned second look at the kinds of an article's entities, where the rules stopped generalising
/// (issue 14): an averaged perceptron per language, trained by `Benchmarks/train-entity-kinds.py` on hand
/// annotations of real articles (kept outside the repository; none are test fixtures), weights in
/// `Models/entity-kinds-LANG.txt`.
///
/// It sees only names of two words or more whose kind the classifier guessed (`reviews`), each once, with
/// that kind (`features`): the kind, its words, first and last word, the tokens on either side of its first mention,
/// the shape of its words, whether their letters are Vietnamese, whether it speaks in a quotation, and the
/// clues the scan left on it (and whether the gazetteer knows the whole name). It scores person,
/// organisation, place and no entity; where another kind beats the guess by more than `margin`, every
/// mention of the name with that kind takes it, and where no entity beats it by more than `dropMargin`,
/// they are dropped. A kind a clue or a scan rule gave, dates, quotations and speakers are the rules'.
/// (Looking at every name gained more on held-out text but overrode behaviours the rules are tested for:
/// see the README.)
struct EntityKindModel: Sendable {
    /// The labels, in the order of the weights file's columns; nil is no entity.
    static let labels: [Entity.Kind?] = [.person, .organization, .place, nil]
    /// How much more than the rules' kind another kind must score.
    static let margin: Float = 1
    /// How much more than the rules' kind `no entity` must score: dropping a name the rules found costs a
    /// reader more than retyping it.
    static let dropMargin: Float = 5

    static let vietnamese = EntityKindModel(model: "entity-kinds-vi")
    static let english = EntityKindModel(model: "entity-kinds-en")

    /// The weights: keys probed in a table of their own (most features are in no model, and a probe of
    /// eight-byte keys stays in cache), each key's four weights at the same index of `values`.
    private var keys: [UInt64] = []
    private var values: [SIMD4<Float>] = []
    private var mask = 0

    init(model name: String) {
        guard let text = EmbeddedModels.files[name + ".txt"] else {
            preconditionFailure("the model \(name).txt is not in Models/")
        }
        self.init(weights: text)
    }

    /// Lines of `key w-person w-organization w-place w-none`; `#` starts a comment.
    init(weights text: String) {
        var lines: [(UInt64, SIMD4<Float>)] = []
        for line in Gazetteer.entries(of: text) {
            let fields = line.split(separator: " ")
            guard fields.count == 5, let key = UInt64(fields[0]) else { continue }
            let columns = fields[1...].compactMap { Float($0) }
            guard columns.count == 4 else { continue }
            lines.append((KeyTable<Int>.stored(key), SIMD4(columns[0], columns[1], columns[2], columns[3])))
        }
        guard !lines.isEmpty else { return }
        var size = 16
        while size < lines.count * 2 { size *= 2 }
        keys = [UInt64](repeating: 0, count: size)
        values = [SIMD4<Float>](repeating: .zero, count: size)
        mask = size - 1
        for (key, weights) in lines {
            let index = slot(key)
            keys[index] = key
            values[index] = weights
        }
    }

    var isEmpty: Bool { keys.isEmpty }

    @inline(__always) private func slot(_ key: UInt64) -> Int {
        var index = KeyTable<Int>.home(key, mask)
        while keys[index] != 0 && keys[index] != key { index = (index + 1) & mask }
        return index
    }

    /// The label index the model gives a name the rules typed `kind`, if it overrides the rules.
    func relabel(_ features: [UInt64], kind: Entity.Kind) -> Int? {
        guard !isEmpty, let rule = Self.labels.firstIndex(of: kind) else { return nil }
        var scores = SIMD4<Float>(repeating: 0)
        for feature in features {
            let index = slot(KeyTable<Int>.stored(feature))
            if keys[index] != 0 { scores += values[index] }
        }
        var best = rule
        for label in 0..<4 where scores[label] > scores[best] { best = label }
        let needed = Self.labels[best] == nil ? Self.dropMargin : Self.margin
        return best != rule && scores[best] - scores[rule] > needed ? best : nil
    }

    /// Changes the kinds of `entities` (one per mention of `mentions`) where the model overrides the rules,
    /// dropping those it reads as no entity.
    func review(_ entities: inout [Entity], _ mentions: [Mention], _ texts: [BlockText], speakers: [String]) {
        guard !isEmpty else { return }
        // (A name's verdict, or -1 for the rules' kind; the features' buffer is reused name to name.)
        var decided = KeyTable<Int>(capacity: 64)
        var features: [UInt64] = []
        features.reserveCapacity(32)
        var drop: [Bool] = []
        for index in entities.indices where entities[index].type != .date && Self.reviews(mentions[index]) {
            let m = mentions[index], kind = entities[index].type
            let name = Self.nameKey(m, texts[m.block], kind)
            let label: Int
            if let known = decided[name] {
                label = known
            } else {
                let speaks = speakers.contains(entities[index].canonical)
                Self.features(m, kind, texts[m.block], speaks: speaks, into: &features)
                label = relabel(features, kind: kind) ?? -1
                decided[name] = label
            }
            guard label >= 0 else { continue }
            if let newKind = Self.labels[label] {
                entities[index].type = newKind
            } else {
                if drop.isEmpty { drop = Array(repeating: false, count: entities.count) }
                drop[index] = true
            }
        }
        guard !drop.isEmpty else { return }
        entities = entities.indices.filter { !drop[$0] }.map { entities[$0] }
    }

    /// Whether the model looks at a name: only one whose kind the classifier guessed
    /// (`Mention.Clues.guessed`, a run of two words or more); a scan rule's kind and a clue's stand.
    static func reviews(_ m: Mention) -> Bool {
        m.clues.contains(.guessed)
    }

    /// The first mention of each distinct name (with the rules' kind), with its features: what
    /// `Benchmarks/train-entity-kinds.py` trains on (`reviewed` names only) and scores.
    static func samples(_ entities: [Entity], _ mentions: [Mention], _ texts: [BlockText],
                        speakers: [String]) -> [EntityKindSample] {
        var seen = KeySet()
        var samples: [EntityKindSample] = []
        for (index, entity) in entities.enumerated() where entity.type != .date {
            let m = mentions[index], name = nameKey(m, texts[m.block], entity.type)
            guard !seen.contains(name) else { continue }
            seen.insert(name)
            samples.append(EntityKindSample(
                text: entity.text, type: entity.type,
                features: features(m, entity.type, texts[m.block], speaks: speakers.contains(entity.canonical)),
                reviewed: reviews(m)))
        }
        return samples
    }

    /// A name's identity within its article: its words and the kind the rules gave it.
    static func nameKey(_ m: Mention, _ text: BlockText, _ kind: Entity.Kind) -> UInt64 {
        let words = text.tokens[m.first..<m.end].reduce(TokenKey.seed) { TokenKey.combine($0, $1.key) }
        return TokenKey.combine(words, kindCode(kind))
    }

    static func kindCode(_ kind: Entity.Kind) -> UInt64 {
        switch kind {
        case .person: 1
        case .organization: 2
        case .place: 3
        case .date: 4
        }
    }

    /// A feature's key: its template number and values hashed together (the weights file knows features
    /// only by these keys).
    @inline(__always) static func feature(_ template: UInt64, _ a: UInt64? = nil, _ b: UInt64? = nil) -> UInt64 {
        var key = TokenKey.combine(TokenKey.seed, template)
        if let a { key = TokenKey.combine(key, a) }
        if let b { key = TokenKey.combine(key, b) }
        return key
    }

    /// The features of a name the rules typed `kind`, at its first mention `m` (see `feature`).
    static func features(_ m: Mention, _ kind: Entity.Kind, _ text: BlockText, speaks: Bool) -> [UInt64] {
        var result: [UInt64] = []
        features(m, kind, text, speaks: speaks, into: &result)
        return result
    }

    /// `features`, written over `result`.
    static func features(_ m: Mention, _ kind: Entity.Kind, _ text: BlockText, speaks: Bool, into result: inout [UInt64]) {
        let tokens = text.tokens, span = tokens[m.first..<m.end]
        let rule = kindCode(kind)
        // (A punctuation mark by its scalar: its key says little.)
        func neighbour(_ j: Int) -> UInt64 {
            guard tokens.indices.contains(j) else { return 0 }
            return tokens[j].kind == .punct ? UInt64(tokens[j].first.value) : tokens[j].key
        }
        let first = span.first!.key, last = span.last!.key
        let before = neighbour(m.first - 1), after = neighbour(m.end)
        var shape = TokenKey.seed
        var vietnameseWords = 0, words = 0
        for token in span.prefix(4) {
            let code: UInt64 = token.kind == .number ? 3 : token.kind != .word ? 5
                : token.isAllCaps ? 1 : token.isCapitalized ? 2 : 4
            shape = TokenKey.combine(shape, code)
        }
        for token in span where token.kind == .word {
            words += 1
            if BlockText.hasVietnameseLetter(text.scalars, token.start..<token.end) { vietnameseWords += 1 }
        }
        let letters: UInt64 = vietnameseWords == 0 ? 2 : vietnameseWords == words ? 1 : 3
        result.removeAll(keepingCapacity: true)
        result.append(feature(0))
        result.append(feature(1, rule))
        result.append(feature(2, UInt64(min(span.count, 4))))
        result.append(feature(4, first))
        result.append(feature(5, last))
        result.append(feature(6, before))
        result.append(feature(7, after))
        result.append(feature(8, before, rule))
        result.append(feature(9, last, rule))
        result.append(feature(10, first, rule))
        result.append(feature(11, shape))
        result.append(feature(12, letters))
        result.append(feature(13, letters, rule))
        if speaks {
            result.append(feature(14))
            result.append(feature(15, rule))
        }
        // The rules' own evidence, so that the model learns how far each clue can be trusted: the clues
        // the scan left on the mention, and whether the gazetteer knows the whole name as a place or body.
        var clues = m.clues.rawValue
        while clues != 0 {
            let bit = UInt64(clues.trailingZeroBitCount)
            result.append(feature(16, bit))
            result.append(feature(17, bit, rule))
            clues &= clues - 1
        }
        if let known = Gazetteer.shared.match(tokens, at: m.first, [.place, .organization]), known.length == m.length {
            let category = known.category.intersection([.place, .organization]).rawValue
            result.append(feature(18, category))
            result.append(feature(19, category, rule))
        }
        for token in span where token.kind == .word || token.kind == .number { result.append(feature(3, token.key)) }
    }
}

/// A name as the model sees it, for training (`lede analyze --kind-features`).
public struct EntityKindSample: Sendable, Encodable {
    public var text: String
    public var type: Entity.Kind
    public var features: [UInt64]
    /// Whether the model reviews the name (`EntityKindModel.reviews`); the trainer learns only from these.
    public var reviewed: Bool
}
