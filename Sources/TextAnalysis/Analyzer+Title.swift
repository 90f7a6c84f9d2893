import ArticleModel
import TextKit

extension Analyzer {
    /// The entities named in an article's title line, read only when the title is Vietnamese: those are
    /// sentence case and name things as the body does, while English headlines drop the words that tell
    /// a club from a city or a firm from a person. The title is not part of the body that spans
    /// address, so the caller decides what the spans mean.
    public func titleEntities(_ title: String) -> [Entity] {
        guard VietnameseLetters.occur(in: title) else { return [] }
        return analyze([Block(.heading, title)]).entities
    }
}
