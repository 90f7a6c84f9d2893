import ArticleModel

/// The cursors of one block's scan (`EntityRecognizer.scan`): where it is, the mentions so far, and
/// where the last marks end (a title, an honorific, a place prefix, a locative, an organisation cue),
/// which tell the rules what a name right after them is.
struct ScanContext {
    let block: BlockText
    let tokens: [Token]
    var n: Int { tokens.count }
    var mentions: [Mention] = []
    /// The token the scan is at.
    var i = 0
    var titleEnd = -1
    /// Where a place that took a title's mark ends.
    var placeAfterTitleEnd = -1
    /// After `ca sĩ`, `cầu thủ`.
    var professionEnd = -1
    var honorificEnd = -1
    var prefixEnd = -1
    var locativeEnd = -1
    var orgCueEnd = -1

    init(block: BlockText) {
        self.block = block
        tokens = block.tokens
    }

    /// What the marks ending at `start` say about a name that begins there.
    func clues(at start: Int) -> Mention.Clues {
        var clues: Mention.Clues = []
        if start == titleEnd { clues.insert(.afterTitle) }
        if start == honorificEnd { clues.insert(.afterHonorific) }
        if start == prefixEnd { clues.insert(.afterPlacePrefix) }
        if start == locativeEnd { clues.insert(.afterLocative) }
        if start == orgCueEnd { clues.insert(.afterOrgCue) }
        return clues
    }

    /// A mention of this block.
    func mention(_ first: Int, _ end: Int, _ kind: Entity.Kind?, clues: Mention.Clues = []) -> Mention {
        Mention(block: block.index, first: first, end: end, kind: kind, clues: clues)
    }

    /// Records `mention` and goes on at `next`.
    mutating func add(_ mention: Mention, next: Int) {
        if mentions.isEmpty { mentions.reserveCapacity(8) }  // (a paragraph names several: one allocation)
        mentions.append(mention)
        i = next
    }
}

/// What the gazetteer knows of the words at the scan's position.
struct GazetteerHit {
    let match: Gazetteer.Match
    /// Where the known words end.
    let end: Int
    var category: Gazetteer.Category { match.category }
    /// A capitalised word follows the known ones.
    let nextIsName: Bool
}

/// A run of capitalised words at the scan's position, with what surrounds it.
struct NameRun {
    let chunk: Range<Int>
    /// Alone on its line, or before `(` or a dash: a byline rather than a sentence.
    let alone: Bool
    let afterParenthesis: Bool
    /// Right after a title or a form of address (`TS. Lê Đăng Doanh`).
    let titled: Bool
}

/// How a known place or organisation reads here, as the rules about it decide.
struct KnownName {
    var kind: Entity.Kind
    var clues: Mention.Clues
}

/// Where `EntityRecognizer.organizationEnd` is in an organisation's name, and what the last words were.
struct OrganizationWalk {
    let head: Int
    var j: Int
    /// Where the name ends so far (-1: nowhere yet).
    var end = -1
    var previousCapital = false
    var previousProper = false
    var endedWithPlace = false

    init(head: Int) {
        self.head = head
        j = head
    }

    /// Takes `length` words into the name; what they were decides how the words after them are read.
    mutating func take(_ length: Int, capital: Bool, proper: Bool, place: Bool) {
        j += length
        end = j
        previousCapital = capital
        previousProper = proper
        endedWithPlace = place
    }
}
