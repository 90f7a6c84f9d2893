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

    /// `have not played Leeds`, `face Leeds`: only a team is played or faced, so the city is its club in
    /// every mention; in a football report a transfer's `move to Leeds` names the club too.
    @Test func aCityPlayedOrMovedToIsItsClub() {
        let played = Analyze.paragraphs(
            "Chelsea have not played Barcelona since that quarter-final, and Barcelona fans still remember it.")
        #expect(played.entities(.organization).contains("Barcelona"))
        #expect(!played.entities(.place).contains("Barcelona"))
        let move = Analyze.paragraphs(Self.report, "He has been linked with a move to Leeds in the summer.")
        #expect(move.entities(.organization).contains("Leeds"))
    }
}

/// Players named by surname alone in a Vietnamese football report.
@Suite struct VietnamesePlayerTests {
    static let report = "Trận đấu trên sân nhà diễn ra sôi nổi, HLV hai đội đều hài lòng với các học trò. "

    /// A lone foreign word before a verb of one player's play is a player, and so are its other mentions.
    @Test func aForeignWordBeforeAPlayersActionIsAPlayer() {
        let analysis = Analyze.paragraphs(
            Self.report + "Phút 12, Varkonen đã dứt điểm thành công.",
            "Sau đường chuyền của Varkonen, đội khách dẫn trước.")
        #expect(analysis.entities(.person) == ["Varkonen", "Varkonen"])
        #expect(analysis.entities(.organization).isEmpty)
    }

    /// A club scores too: `ghi bàn` is no player's cue, and outside football the word stays a company's.
    @Test func aTeamsActionOrAnotherReportLeavesTheWordAlone() {
        let football = Analyze.paragraphs(Self.report + "Phút 30, Varkonen ghi bàn mở tỷ số.")
        #expect(football.entities(.person).isEmpty)
        let business = Analyze.paragraphs("Quý này, Varkonen đã dứt điểm thương vụ mua lại nhà máy pin.")
        #expect(business.entities(.person).isEmpty)
    }
}

