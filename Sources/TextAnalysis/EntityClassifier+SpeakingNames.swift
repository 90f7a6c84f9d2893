import ArticleModel

extension EntityClassifier {
    /// `Bằng Kiều cho biết, anh ...`: a name of two or three words typed a place that the gazetteers do not
    /// know as one is a person's when the article has it speak, opening its clause right before a speech
    /// verb in lowercase: a place speaks only as its people or government, and those are places the
    /// gazetteers know (`Mỹ cho biết`). Every mention of the name is then the person's.
    func speakingUnknownPlaces(_ mentions: inout [Mention], _ blocks: [BlockText]) {
        var speaking = KeySet()
        var any = false
        for m in mentions where m.kind == .place && (2...3).contains(m.length) {
            let tokens = blocks[m.block].tokens
            // (Opening its clause: not `ở Đan Đông cho biết`, `huyện X cho biết`, whose word before governs it.)
            guard m.first == 0 || tokens[m.first].sentenceStart || tokens[m.first - 1].kind == .punct,
                  gazetteer.isLowercaseSpeechVerb(tokens, at: m.end), !isKnownPlace(m, tokens) else { continue }
            speaking.insert(phraseKey(m, blocks[m.block]))
            any = true
        }
        guard any else { return }
        for index in mentions.indices where mentions[index].kind == .place
            && speaking.contains(phraseKey(mentions[index], blocks[mentions[index].block])) {
            mentions[index].kind = .person
        }
    }

    /// Whether the gazetteers know the mention's words, whole, as a place, or its first word as a place or
    /// a word that opens one's name (`Quận Cầu Giấy`, `Sân vận động X`).
    private func isKnownPlace(_ m: Mention, _ tokens: [Token]) -> Bool {
        gazetteer.match(tokens, at: m.first, [.place])?.length == m.length
            || !gazetteer.categories(tokens, at: m.first).isDisjoint(with: [.place, .placePrefix, .venueHead])
    }
}
