@testable import LibrarySearch
import Testing

@Suite struct MatchListTests {
    func list(_ pairs: [(Int, Int)]) -> MatchList {
        MatchList(pairs.map { MatchList.Match(position: $0.0, score: $0.1) })
    }

    func pairs(_ list: MatchList) -> [[Int]] { list.matches.map { [$0.position, $0.score] } }

    @Test func anyAddsTheScoresOfEveryPosition() {
        let joined = MatchList.any([list([(0, 1), (2, 3)]), list([(2, 1), (5, 2)]), list([(5, 0), (7, 0)])])
        #expect(pairs(joined) == [[0, 1], [2, 4], [5, 2], [7, 0]])
        #expect(pairs(MatchList.any([list([(4, 2)])])) == [[4, 2]])
        #expect(MatchList.any([]).isEmpty && MatchList.any([list([]), list([])]).isEmpty)
    }

    @Test func allKeepsCommonPositionsAndSubtractingRemoves() {
        let common = MatchList.all([list([(1, 1), (3, 1), (5, 1)]), list([(3, 2), (5, 2), (9, 2)]), list([(0, 1), (5, 4)])])
        #expect(pairs(common) == [[5, 7]])
        #expect(pairs(list([(1, 1), (3, 1), (5, 1)]).subtracting(list([(0, 9), (3, 9), (6, 9)]))) == [[1, 1], [5, 1]])
    }
}
