import ArticleModel

/// What a list says of its words: a list names things of one kind.
extension EntityClassifier {
    /// `Bruno Fernandes và Cavani`, `Pogba, Bruno Fernandes và Rashford`, `Luis Figo, Dani and Patrick
    /// Kluivert`: in a football report a lone word taken for a company (no cue and no word list made it
    /// one: `open`; in Vietnamese text, a foreign word) that a comma or `và`, `and` joins to a person's name
    /// is a person too: players are named by one name alone, and clubs are seldom listed with people.
    /// (Elsewhere brands are: `ông X và Vingroup`.) Spreads along the list, adding the words made people to
    /// `personWords`.
    func peopleInLists(_ mentions: inout [Mention], _ blocks: [BlockText], open: [Bool], _ personWords: inout KeySet) {
        var football: Bool?  // (found on first need: most articles have no such list)
        var changed = true
        var forward = true
        while changed {
            changed = false
            // (Forwards, then backwards: a list spreads its kind both ways in two passes, however long.)
            let backwards = !forward
            forward.toggle()
            for step in mentions.indices {
                let index = backwards ? mentions.count - 1 - step : step
                guard open[index], mentions[index].length == 1, mentions[index].kind == .organization,
                      mentions[index].clues.isDisjoint(with: [.acronym, .hasOrgHead, .afterOrgCue, .lineUp, .beforeRole]),
                      !vietnamese || isForeignWord(blocks[mentions[index].block], mentions[index].first),
                      !hasDigit(blocks[mentions[index].block], mentions[index].first) else { continue }  // (`U23`)
                let neighbours = [index - 1, index + 1].filter { mentions.indices.contains($0) }
                guard neighbours.contains(where: { joinedInList(mentions[min(index, $0)], mentions[max(index, $0)], blocks)
                    && mentions[$0].kind == .person }) else { continue }
                if football == nil { football = EntityRecognizer.isFootballReport(blocks) }
                guard football == true else { return }
                let m = mentions[index]
                mentions[index].kind = .person
                personWords.insert(blocks[m.block].tokens[m.first].key)
                changed = true
            }
        }
    }

    /// Whether the second mention follows the first in the same block with only a comma or a list's last
    /// joint (`và`, `hoặc`) between.
    private func joinedInList(_ first: Mention, _ second: Mention, _ blocks: [BlockText]) -> Bool {
        guard first.block == second.block, second.first == first.end + 1 else { return false }
        let joint = blocks[first.block].tokens[first.end]
        return joint.kind == .punct ? joint.first == "," : Analyzer.listEnds.contains(joint.key)
    }

    private func hasDigit(_ block: BlockText, _ i: Int) -> Bool {
        let token = block.tokens[i]
        return block.scalars[token.start..<token.end].contains { CharTable.shared.flags($0).contains(.numeric) }
    }
}
