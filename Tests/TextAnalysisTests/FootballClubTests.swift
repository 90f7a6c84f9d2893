import ArticleModel
import TextAnalysis
import Testing

/// In a football report a city with a match cue is its club; elsewhere it stays the city (the players
/// here are made up).
@Suite struct FootballClubTests {
    static let report = "Ben Carter scored with a late header after coming on as a substitute, and his manager was delighted."

    @Test func aCityBehindInTheTableOfAFootballReportIsItsClub() {
        let analysis = Analyze.paragraphs(Self.report, "The draw leaves the side third in the league, two points behind Leeds.")
        #expect(analysis.entities(.organization).contains("Leeds"))
        #expect(!analysis.entities(.place).contains("Leeds"))
    }

    @Test func aCitysPlayerInAFootballReportNamesTheClub() {
        let analysis = Analyze.paragraphs(Self.report, "Leeds's Tom Reilly was booked for a late challenge on the keeper.")
        #expect(analysis.entities(.organization).contains("Leeds"))
        #expect(analysis.entities(.person).contains("Tom Reilly"))
    }

    @Test func anOpponentAfterAMatchWordIsAClubButAHomeTownStaysAPlace() {
        let analysis = Analyze.paragraphs(Self.report, "They face a derby with Leeds on Sunday, and the squad trained in Manchester.")
        #expect(analysis.entities(.organization).contains("Leeds"))
        #expect(analysis.entities(.place).contains("Manchester"))
    }

    @Test func countyAfterATownIsAClubOnlyInAFootballReport() {
        let football = Analyze.paragraphs(Self.report, "Next week they travel to Derby County for the cup tie.")
        #expect(football.entities(.organization).contains("Derby County"))
        let news = Analyze.paragraphs("Wildfires forced thousands to leave their homes in Los Angeles County on Monday.")
        #expect(news.entities(.place).contains("Los Angeles County") || news.entities(.place).contains("Los Angeles"))
        #expect(news.entities(.organization).isEmpty)
    }

    @Test func theSameCueOutsideAFootballReportKeepsTheCity() {
        let analysis = Analyze.paragraphs("House prices rose by two points in March, with growth in Bristol behind Leeds.")
        #expect(analysis.entities(.place).contains("Leeds"))
        #expect(analysis.entities(.organization).isEmpty)
    }
}
