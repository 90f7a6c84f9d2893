import Foundation

/// General-knowledge word lists shipped in `Gazetteers/`, turned into hash lookups keyed by lowercased
/// token sequences so that matching costs one dictionary probe per token.
struct Gazetteer: Sendable {
    /// Sixty-four bits: an entry's stride is 24 bytes with 32 or 64 of them, so room costs nothing.
    struct Category: OptionSet, Sendable, Hashable {
        let rawValue: UInt64
        static let place = Category(rawValue: 1 << 0)
        static let organization = Category(rawValue: 1 << 1)
        static let title = Category(rawValue: 1 << 2)
        static let honorific = Category(rawValue: 1 << 3)
        static let speechVerb = Category(rawValue: 1 << 4)
        static let orgHead = Category(rawValue: 1 << 5)
        static let placePrefix = Category(rawValue: 1 << 6)
        static let placeSuffix = Category(rawValue: 1 << 7)
        static let stopword = Category(rawValue: 1 << 8)
        static let givenName = Category(rawValue: 1 << 9)
        static let pronoun = Category(rawValue: 1 << 10)
        static let notEntity = Category(rawValue: 1 << 11)
        static let connector = Category(rawValue: 1 << 12)
        static let timeWord = Category(rawValue: 1 << 13)
        static let unnamedHead = Category(rawValue: 1 << 14)
        static let functionWord = Category(rawValue: 1 << 15)
        static let conjunction = Category(rawValue: 1 << 16)
        static let familyName = Category(rawValue: 1 << 17)
        static let nameParticle = Category(rawValue: 1 << 18)
        static let orgWord = Category(rawValue: 1 << 19)
        static let eventWord = Category(rawValue: 1 << 20)
        /// A city (also a `.place`): a name that sport also gives its clubs.
        static let city = Category(rawValue: 1 << 21)
        /// English words right before a body's name (`chipmaker`, `analysts at`, `shares in`).
        static let orgCue = Category(rawValue: 1 << 22)
        /// Vietnamese nouns for ships (`tàu ngầm`): the name after one is a vessel's.
        static let vesselWord = Category(rawValue: 1 << 23)
        /// Vietnamese words opening an event's name (`Giải`, `Hội nghị`).
        static let eventHead = Category(rawValue: 1 << 24)
        /// Vietnamese words opening a venue's name when capitalised (`Sân vận động`).
        static let venueHead = Category(rawValue: 1 << 25)
        /// Lowercase field words inside a Vietnamese body's name before another capital (`giao thông`).
        static let orgField = Category(rawValue: 1 << 26)
        /// Vietnamese words that make the place after them its team (`đội`).
        static let teamCue = Category(rawValue: 1 << 27)
        /// Vietnamese professions before a name (`ca sĩ`, `cầu thủ`): what follows is a person.
        static let profession = Category(rawValue: 1 << 28)
        /// Vietnamese words for a language (`tiếng`): the capitalised words after one name the language.
        static let languageWord = Category(rawValue: 1 << 29)
        /// Nouns for a work (`film`, `album`, `bộ phim`): the capitalised words right after one are its title.
        static let workCue = Category(rawValue: 1 << 30)
        /// Vietnamese degrees and qualifications (`tiến sĩ`, `giáo sư`): a person's, so the capitalised
        /// syllable after one is a name, never a field's compound.
        static let degree = Category(rawValue: 1 << 31)
        /// English nouns for a work that are also verbs (`show`, `hit`, `report`): a work cue only where
        /// `EntityRecognizer.isWorkCue` says so, never right after a name (`Mourinho hit out`).
        static let determinedWorkCue = Category(rawValue: 1 << 32)
    }

    /// The data files and what their lines are.
    static let files: [(String, Category)] = [
        ("places", .place), ("cities", [.place, .city]), ("organizations", .organization), ("titles", .title),
        ("honorifics", .honorific), ("speech-verbs", .speechVerb), ("org-heads", .orgHead),
        ("place-prefixes", .placePrefix), ("place-suffixes", .placeSuffix), ("stopwords", .stopword),
        ("given-names", .givenName), ("pronouns", .pronoun), ("not-entities", .notEntity),
        ("connectors", .connector), ("time-words", .timeWord), ("unnamed-heads", .unnamedHead), ("function-words", .functionWord),
        ("conjunctions", .conjunction), ("family-names", .familyName), ("name-particles", .nameParticle),
        ("org-words", .orgWord), ("event-words", .eventWord), ("org-cues", .orgCue),
        ("vessel-words", .vesselWord), ("event-heads", .eventHead), ("venue-heads", .venueHead),
        ("org-fields", .orgField), ("team-cues", .teamCue), ("professions", .profession),
        ("language-words", .languageWord), ("work-cues", .workCue), ("determined-work-cues", .determinedWorkCue),
        ("degrees", .degree),
    ]

    struct Entry: Sendable {
        var length: Int
        var capitals: UInt64
        var category: Category
    }

    struct Match: Sendable {
        var length: Int
        var category: Category
    }

    /// Where a phrase's entries sit in `flat`; and for a phrase of one word, the most words an entry
    /// starting with that word has (0 when none does) and the categories of all those entries. All in
    /// one slot of one table: the first word's lookup is one probe (one wait for memory), where a second
    /// table made it two; and most words begin entries of none of the categories asked for (`cho` begins
    /// `cho biết`, a speech verb), which the probe then tells without reading any entry.
    struct Slice: Sendable {
        var start: UInt32
        var count: UInt16
        var longest: UInt16
        var reachable: Category
        var range: Range<Int> { Int(start)..<Int(start) + Int(count) }
        static let empty = Slice(start: 0, count: 0, longest: 0, reachable: [])
    }

    /// The sealed tables, in one box that `seal` replaces: every rule type holds the gazetteer (a struct
    /// made per paragraph, per quotation), and a copy of three tables retained and released three buffers
    /// where the box is one.
    private final class Tables: Sendable {
        /// Entries live in one flat array; the table maps a phrase key to its slice (no array per lookup).
        let entries: SliceTable
        let flat: [Entry]
        /// Every phrase that begins an entry (the entries themselves too): a phrase not in it ends the search
        /// for longer entries, and a first word not in it is no entry's.
        let prefixes: KeyFilter

        init(entries: SliceTable = SliceTable(), flat: [Entry] = [], prefixes: KeyFilter = KeyFilter(bits: 1 << 17)) {
            self.entries = entries
            self.flat = flat
            self.prefixes = prefixes
        }
    }

    private var tables = Tables()
    private var pending: [UInt64: [Entry]] = [:]
    /// Per first word's key (as a one-word phrase), the longest entry added since the last seal and the
    /// categories of the entries it begins.
    private var pendingLongest: [UInt64: (length: Int, categories: Category)] = [:]
    /// The phrases added since the last seal that begin an entry.
    private var pendingPrefixes: [UInt64] = []

    static let shared: Gazetteer = {
        var gazetteer = Gazetteer()
        // The word lists are built into the binary (the EmbedFiles plugin), so no file can go missing.
        for (name, category) in files {
            guard let text = EmbeddedGazetteers.files[name + ".txt"] else {
                preconditionFailure("the gazetteer \(name).txt is listed but not in Gazetteers/")
            }
            gazetteer.add(lines: text, as: category)
        }
        gazetteer.seal()
        return gazetteer
    }()

    init() {}

    /// Adds one entry per line; `#` starts a comment line.
    mutating func add(lines text: String, as category: Category) {
        for phrase in Self.entries(of: text) { add(phrase, as: category) }
    }

    /// The entries of a word list: its lines trimmed of spaces and tabs, but empty and `#` lines. The
    /// lists are NFC as written (`GazetteerTests` checks), so they are not normalised here: Foundation's
    /// trimming and normalising of each line was most of building the gazetteer, which every process
    /// that analyses a text pays once.
    static func entries(of text: String) -> [String] {
        // On the bytes: lines cut and trimmed as characters took as long as the rest of the build.
        text.utf8.split(separator: UInt8(ascii: "\n")).compactMap { line in
            let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
            guard let first = line.firstIndex(where: { !isBlank($0) }),
                  let last = line.lastIndex(where: { !isBlank($0) }), line[first] != UInt8(ascii: "#") else { return nil }
            return String(Substring(line[first...last]))
        }
    }

    mutating func add(_ phrase: String, as category: Category) {
        let scalars = Array(phrase.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars)
        guard !tokens.isEmpty, tokens.count <= 64 else { return }
        var key = TokenKey.seed
        var capitals: UInt64 = 0
        for (offset, token) in tokens.enumerated() {
            key = TokenKey.combine(key, token.key)
            pendingPrefixes.append(key)
            if token.isCapitalized || token.isAllCaps { capitals |= 1 << UInt64(offset) }
        }
        // Titles are written lowercase mid-sentence (`tham mưu trưởng`, `prime minister`); only a one-word
        // English title keeps its capital (`Major`, `General` are ordinary words in lowercase).
        if category == .title, tokens.count > 1 || !phrase.unicodeScalars.allSatisfy(\.isASCII) { capitals = 0 }
        pending[key, default: []].append(Entry(length: tokens.count, capitals: capitals, category: category))
        let first = TokenKey.combine(TokenKey.seed, tokens[0].key)
        let known = pendingLongest[first] ?? (0, [])
        pendingLongest[first] = (max(known.length, tokens.count), known.categories.union(category))
    }

    /// Moves the entries added so far into the flat lookup form.
    mutating func seal() {
        var entries = tables.entries, flat = tables.flat, prefixes = tables.prefixes
        for key in pendingPrefixes { prefixes.insert(key) }
        for (key, list) in pending {
            // Re-sealing after more additions copies the old slice next to the new entries.
            let old = entries[key] ?? .empty
            let merged = Self.coalesced(Array(flat[old.range]) + list)
            entries[key] = Slice(start: UInt32(flat.count), count: UInt16(merged.count), longest: old.longest,
                                 reachable: old.reachable)
            flat.append(contentsOf: merged)
        }
        for (key, first) in pendingLongest {
            var slice = entries[key] ?? .empty
            slice.longest = max(slice.longest, UInt16(first.length))
            slice.reachable.formUnion(first.categories)
            entries[key] = slice
        }
        pending = [:]
        pendingLongest = [:]
        pendingPrefixes = []
        tables = Tables(entries: entries, flat: flat, prefixes: prefixes)
    }

    /// One entry per length and capitals, with the categories of all such entries: a word in several
    /// lists (`anh`: a pronoun, a form of address) is one entry for `match` to read, not several.
    static func coalesced(_ list: [Entry]) -> [Entry] {
        var result: [Entry] = []
        for entry in list {
            if let same = result.firstIndex(where: { $0.length == entry.length && $0.capitals == entry.capitals }) {
                result[same].category.formUnion(entry.category)
            } else {
                result.append(entry)
            }
        }
        return result
    }

    /// The longest entry of `wanted` categories starting at token `i`, whose capitals are capitals in the
    /// text too (so `Anh` the country is not `anh` the honorific, while `châu Âu` matches `Châu Âu`).
    func match(_ tokens: [Token], at i: Int, _ wanted: Category) -> Match? {
        let tables = tables  // (the box once; its tables are read in place)
        let first = TokenKey.combine(TokenKey.seed, tokens[i].key)
        guard tables.prefixes.mayContain(first), let head = tables.entries[first],
              !head.reachable.isDisjoint(with: wanted) else { return nil }
        let maxLength = Int(head.longest)
        var key = TokenKey.seed
        var textCapitals: UInt64 = 0
        var best: Match?
        var length = 0
        while length < maxLength, i + length < tokens.count {
            let token = tokens[i + length]
            key = TokenKey.combine(key, token.key)
            if token.isCapitalized || token.isAllCaps { textCapitals |= 1 << UInt64(length) }
            length += 1
            guard tables.prefixes.mayContain(key) else { break }  // no entry goes on this way
            guard let found = length == 1 ? head : tables.entries[key] else { continue }
            var category: Category = []
            for index in found.range {
                let entry = tables.flat[index]
                if entry.length == length, entry.capitals & ~textCapitals == 0 { category.formUnion(entry.category) }
            }
            category.formIntersection(wanted)
            if !category.isEmpty { best = Match(length: length, category: category) }
        }
        return best
    }

    /// Categories of the single token at `i` (entries of one token only).
    func categories(_ tokens: [Token], at i: Int) -> Category {
        categories(ofWord: tokens[i].key, capitalized: tokens[i].isCapitalized || tokens[i].isAllCaps)
    }

    /// Categories of one word by its key (`Tokenizer.key(of:)`), for letters that are no token of their own
    /// (the tail of two syllables glued together).
    func categories(ofWord wordKey: UInt64, capitalized: Bool) -> Category {
        let key = TokenKey.combine(TokenKey.seed, wordKey)
        let tables = tables
        guard tables.prefixes.mayContain(key), let found = tables.entries[key] else { return [] }
        let capital: UInt64 = capitalized ? 1 : 0
        var category: Category = []
        for index in found.range {
            let entry = tables.flat[index]
            if entry.length == 1, entry.capitals & ~capital == 0 { category.formUnion(entry.category) }
        }
        return category
    }
}

extension Gazetteer {
    /// Whether a speech verb written in lowercase starts at token `j` (`said`, `cho biết`; a capitalised one
    /// inside a sentence is a word of a name: `TS Đặng Quốc Bảo`).
    func isLowercaseSpeechVerb(_ tokens: [Token], at j: Int) -> Bool {
        j >= 0 && j < tokens.count && tokens[j].kind == .word && !tokens[j].isCapitalized
            && match(tokens, at: j, [.speechVerb]) != nil
    }

    /// The words of the title or form of address that ends at token `j` (the longest, of three words at
    /// most), if one does.
    func titleLength(_ tokens: [Token], endingAt j: Int) -> Int? {
        (1...3).reversed().first { length in
            j - length + 1 >= 0 && match(tokens, at: j - length + 1, [.title, .honorific])?.length == length
        }
    }

    /// The entries of the list `Gazetteers/NAME.txt` (one per line, `#` starts a comment).
    static func listEntries(_ name: String) -> [String] {
        guard let text = EmbeddedGazetteers.files[name + ".txt"] else {
            preconditionFailure("the word list \(name).txt is not in Gazetteers/")
        }
        return entries(of: text)
    }
}

extension KeySet {
    /// The words of the list `Gazetteers/NAME.txt`, for rules that test one word against a list rather
    /// than look phrases up in the gazetteer.
    init(list name: String) {
        self.init(words: Gazetteer.listEntries(name))
    }
}

extension Gazetteer {
    /// `KeyTable<Slice>` without the optional: a slot is a key and a slice, 24 bytes where the optional's tag
    /// padded it to 32. The table is read for nearly every word of every article and is larger than the
    /// processor's nearest caches, so its size is what a lookup waits for.
    struct SliceTable: Sendable {
        private struct Slot: Sendable {
            var key: UInt64
            var slice: Slice
        }

        private var slots = [Slot](repeating: Slot(key: 0, slice: .empty), count: 16)
        private var mask = 15
        private var count = 0

        @inline(__always) private func slot(_ key: UInt64) -> Int {
            var index = KeyTable<Bool>.home(key, mask)
            while slots[index].key != 0 && slots[index].key != key { index = (index + 1) & mask }
            return index
        }

        subscript(key: UInt64) -> Slice? {
            @inline(__always) get {
                let index = slot(KeyTable<Bool>.stored(key))
                return slots[index].key == 0 ? nil : slots[index].slice
            }
            set {
                guard let newValue else { return }  // (entries are never removed)
                let key = KeyTable<Bool>.stored(key)
                let index = slot(key)
                if slots[index].key == 0 { count += 1 }
                slots[index] = Slot(key: key, slice: newValue)
                if count * 2 > slots.count { grow() }
            }
        }

        private mutating func grow() {
            let old = slots
            slots = [Slot](repeating: Slot(key: 0, slice: .empty), count: old.count * 2)
            mask = slots.count - 1
            for entry in old where entry.key != 0 { slots[slot(entry.key)] = entry }
        }
    }
}
