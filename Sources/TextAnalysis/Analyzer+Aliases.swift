import ArticleModel

extension Analyzer {
    static let aliasCues = PhraseSet(list: "alias-cues")

    /// `ông Joseph Ashong (còn gọi với cái tên Paa Joe)`, `Curtis Jackson (also known as 50 Cent)`: a
    /// person's other name, in parentheses right after the name and after words that say it is one
    /// (alias-cues.txt), is the same person. Every mention of the other name takes the name's canonical
    /// form, so the speakers and the entities view give one person, not two.
    static func linkAliases(_ canonicals: inout [String], _ mentions: [Mention], _ texts: [BlockText]) {
        var aliasOf: [String: String] = [:]
        for index in mentions.indices.dropFirst() where mentions[index].kind == .person {
            let name = mentions[index - 1], other = mentions[index]
            let tokens = texts[other.block].tokens
            guard name.kind == .person, name.block == other.block, name.end + 1 < other.first,
                  tokens[name.end].kind == .punct, tokens[name.end].first == "(",
                  other.end < tokens.count, tokens[other.end].kind == .punct, tokens[other.end].first == ")",
                  aliasCues.isPhrase(tokens, (name.end + 1)..<other.first),
                  canonicals[index] != canonicals[index - 1] else { continue }
            aliasOf[canonicals[index]] = canonicals[index - 1]
        }
        guard !aliasOf.isEmpty else { return }
        for index in mentions.indices where mentions[index].kind == .person {
            if let full = aliasOf[canonicals[index]] { canonicals[index] = full }
        }
    }
}
