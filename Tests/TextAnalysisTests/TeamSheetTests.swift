import ArticleModel
import TextAnalysis
import Testing

/// Team sheets: paragraphs that are nothing but players' names (made-up players and clubs).
@Suite struct TeamSheetTests {
    /// An initial and a surname each, set off by commas and semicolons, without the team's name before them:
    /// every one a person, whatever the surname means elsewhere (`Wells`, `Paris`).
    @Test func aParagraphOfInitialsAndSurnamesIsATeamSheet() {
        let analysis = Analyze.paragraphs(
            "Ashford won the derby with two late tries.",
            "G Harker (capt); H Wells, T Brannock, G de Vere, S Paris; S Jones, A Pell.",
            "R McKinnon, J Yarrow, I Goss, R Sowden-Tate, CA del Fonte.")
        let people = analysis.entities(.person)
        #expect(people.isSuperset(of: ["G Harker", "H Wells", "G de Vere", "S Paris", "I Goss",
                                       "R Sowden-Tate", "CA del Fonte", "A Pell"]))
        #expect(analysis.entities(.place).isEmpty)
        #expect(!people.contains("Harker"))  // the whole name, once
    }

    /// Surnames alone make a team sheet when there are a line-up's eleven and a substitute with his minute;
    /// a squad's players with their clubs in parentheses are no such sheet.
    @Test func elevenSurnamesWithASubstituteAreATeamSheet() {
        let analysis = Analyze.paragraphs(
            "Ashford won the derby with two late goals.",
            "Halliwell, Mensing, Bollan, Balmer, Potter, Sheridan (Burns 61), Arbuckle (Gilhaney 61), Gibson, "
                + "Bryson (Jones 78), Malone, Harty.",
            "Julien Lacoste (Brive), Aurelien Roux (Castres), Yann Delmas (Biarritz), Luc Marty (Brive), "
                + "Paul Texier (Castres), Remi Gros (Brive), Eric Sabre (Pau), Jean Noir (Agen), Louis Blanc (Pau), "
                + "Marc Vidal (Agen), Guy Rolland (Brive).")
        let people = analysis.entities(.person)
        #expect(people.isSuperset(of: ["Halliwell", "Mensing", "Bollan", "Balmer", "Potter", "Burns", "Arbuckle",
                                       "Gilhaney", "Gibson", "Malone", "Harty"]))
        #expect(people.isDisjoint(with: ["Brive", "Castres", "Biarritz", "Pau", "Agen"]))
    }

    /// A paragraph of names alone that opens with a two-capital word but has few initials and surnames
    /// (firms, none of them known) is no team sheet: its names stay what their words make them.
    @Test func aListWithFewInitialsIsNoTeamSheet() {
        let analysis = Analyze.paragraphs(
            "Shares fell across the market on Monday.",
            "AB, Pell Group, Avis Holdings, Brightlake Bank, Callow FC, Dunmore Airways.")
        #expect(analysis.entities(.person).isEmpty)
        #expect(analysis.entities(.organization).isSuperset(of: ["Pell Group", "Brightlake Bank", "Dunmore Airways"]))
    }

    /// A line-up is all capitals by nature: its names stay when the paragraph reads as a headline in
    /// Title Case, which otherwise keeps only the names the rest of the article gives.
    @Test func aLineUpInTitleCaseKeepsItsPlayers() {
        let analysis = Analyze.paragraphs(
            "Northbridge lost again on Saturday.",
            "Northbridge: Alder, Brennock, Castell, Dunmore, Elwood, Fenwright, Galloway, Hartigan, A Ibbot, Jessop, Kilner.")
        #expect(analysis.entities(.person).isSuperset(of: ["Alder", "Brennock", "Hartigan", "A Ibbot", "Kilner"]))
    }

    /// A paragraph labelled as a team's substitutes lists players, however foreign their names look.
    @Test(arguments: ["Dự bị: Casilla, Korvel, Poveda-Ocampo, Hernandez, Berardi, Shackleton, Summerville.",
                      "Substitutes: Casilla, Korvel, Poveda-Ocampo, Hernandez, Berardi, Shackleton, Summerville."])
    func aBenchListsPlayers(bench: String) {
        let analysis = Analyze.paragraphs("Leeds hòa Man Utd 0-0 trên sân Elland Road.", bench)
        #expect(analysis.entities(.person).isSuperset(of: ["Casilla", "Poveda-Ocampo", "Berardi", "Summerville"]))
        #expect(!analysis.entities(.organization).contains("Summerville"))
    }

    /// Fewer than five names after the label is no bench: lone foreign words stay what they are alone
    /// (in Vietnamese text, firms).
    @Test func aShortListAfterTheLabelIsNoBench() {
        let analysis = Analyze.paragraphs("Leeds hòa Man Utd 0-0 trên sân Elland Road.", "Dự bị: Casilla, Korvel, Berardi.")
        #expect(analysis.entities(.person).isEmpty)
        #expect(analysis.entities(.organization).isSuperset(of: ["Korvel", "Berardi"]))
    }

    /// A paragraph of teams joined by `v` and `or` is a fixture: clubs named after towns are teams,
    /// national sides stay their countries.
    @Test func aFixtureNamesTeams() {
        let analysis = Analyze.paragraphs(
            "The draw for the fifth round was made on Monday.",
            "Reading or Swansea v Leicester or Blackpool",
            "Nottm Forest v Peterborough",
            "Israel v Cyprus")
        #expect(analysis.entities(.organization).isSuperset(of: ["Reading", "Blackpool", "Nottm Forest", "Peterborough"]))
        #expect(analysis.entities(.place) == ["Israel", "Cyprus"])
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func aSentenceWithVIsNoFixture() {
        let analysis = Analyze.paragraphs("Smith v Jones was heard in the High Court on Monday.")
        #expect(!analysis.entities(.organization).contains("Smith"))
    }
}
