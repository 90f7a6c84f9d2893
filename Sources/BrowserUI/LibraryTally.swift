/// A count over the whole library that the executable makes in the background for a view.
public enum LibraryTally: Hashable, Sendable {
    /// Every entity by canonical form: answered with `SearchAnswer.entities`.
    case entities
    /// Every named speaker: answered with `SearchAnswer.speakers`.
    case speakers
    /// Every quotation of one speaker: answered with `SearchAnswer.quotations`.
    case quotations(speaker: String)
}
