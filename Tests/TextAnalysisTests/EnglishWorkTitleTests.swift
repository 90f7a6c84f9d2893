import ArticleModel
import TextAnalysis
import Testing

/// English titles of works (films, songs, games, programmes) name nothing the article counts, nor do their
/// pieces; bands and bills are no people.
@Suite struct EnglishWorkTitleTests {
    @Test func aQuotedTitleInTitleCaseNamesNothing() {
        let analysis = Analyze.paragraphs(
            "Sales of \"Night of Copper Kings\" topped a million, said Dana Frewin of Tallow Studios.",
            "The studio's earlier \"Ember Road\" sold less, and Ember Road 2 is not planned.")
        #expect(analysis.entities(.person) == ["Dana Frewin"])
        #expect(analysis.entities(.organization) == ["Tallow Studios"])
    }

    /// A title set off by commas after a noun for a work names nothing; after `of the film`, the name set
    /// off is the apposition to the words before (`the director of the film, X,`), a person.
    @Test func aTitleSetOffByCommasButNotAfterOfTheWork() {
        let analysis = Analyze.paragraphs(
            "His latest album, Copper Kings, went to number one. The director of the film, Dana Frewin, says it "
                + "is not offensive.")
        #expect(analysis.entities(.person) == ["Dana Frewin"])
        #expect(!analysis.entities(.person).contains("Copper Kings"))
    }

    @Test func aQuotedSentenceOrAQuotedKnownNameStaysRead() {
        let analysis = Analyze.paragraphs("\"Marlow Quince is the best we have,\" said Nell Abery of the \"Tories\".")
        #expect(analysis.entities(.person) == ["Marlow Quince", "Nell Abery"])
    }

    @Test func aQuotedTitleStartingWithAKnownPlaceIsATitle() {
        let analysis = Analyze.paragraphs("The band played \"London Rain Falling\" twice, said Ivo Trant.")
        #expect(analysis.entities(.place).isEmpty)
        #expect(analysis.entities(.person) == ["Ivo Trant"])
    }

    @Test func theWordsAfterAWorkNounThatIsAlsoAVerbAreATitleOnlyAfterADeterminer() {
        let titled = Analyze.paragraphs("Critics loved her hit Paper Lanterns Burning, and her single Gull Song with Sarah Vey.")
        #expect(titled.entities(.person) == ["Sarah Vey"] && titled.entities(.organization).isEmpty)
        let verb = Analyze.paragraphs("Figures show Corvane Telecom lost customers.")
        #expect(verb.entities(.organization) == ["Corvane Telecom"])
    }

    @Test func aRunBeforeAWorkNounIsTheWorksTitleUnlessAPersonsName() {
        let analysis = Analyze.paragraphs(
            "The third Silver Harrow film opens on Friday, said Rosa Penn.",
            "She told the station's Morning with Darrow programme that a Kevin Loame film was next.")
        #expect(analysis.entities(.person) == ["Rosa Penn", "Kevin Loame"])
        #expect(analysis.entities(.organization).isEmpty)
    }

    @Test func namesListedWithAWorksTitleAreTitles() {
        let analysis = Analyze.paragraphs("Awards went to The Lantern Men, Copper Valley Dream and Saltmarsh, said Ada Voss.")
        #expect(analysis.entities(.person) == ["Ada Voss"])
        #expect(analysis.entities(.organization).isEmpty)
    }

    @Test func aNameAfterALowercaseTheIsABodyNotAPerson() {
        let analysis = Analyze.paragraphs("Crowds cheered the Velvet Kestrels as the Bill passed, said Tom Harrow.")
        #expect(analysis.entities(.organization) == ["Velvet Kestrels"])
        #expect(analysis.entities(.person) == ["Tom Harrow"])
    }

    @Test func aBudgetATestAndACenturyAreNoBodies() {
        let analysis = Analyze.paragraphs(
            "In his Budget the chancellor spoke of Test cricket, Chapter 11 firms and the 21st Century.")
        #expect(analysis.entities(.organization).isEmpty)
    }
}

/// English names cut or run together at a sentence's start, after a body, and after a profession.
@Suite struct EnglishNameEdgeTests {
    @Test func anOrdinaryWordOpeningASentenceIsNoPartOfTheNameAfterIt() {
        let analysis = Analyze.paragraphs(
            "Another London bakery closed. Early KLX phones were heavy. Rod Quenby said so.")
        #expect(analysis.entities(.place) == ["London"])
        #expect(analysis.entities(.organization) == ["KLX"])
        #expect(analysis.entities(.person) == ["Rod Quenby"])
    }

    @Test func aFullNameAfterABodysHeadIsAPerson() {
        let analysis = Analyze.paragraphs("Chairman of the Coastal Review Committee Peter Hollis said the plans were poor.")
        #expect(analysis.entities(.organization) == ["Coastal Review Committee"])
        #expect(analysis.entities(.person) == ["Peter Hollis"])
    }

    @Test func aProfessionBeforeANameIsNoPartOfIt() {
        let analysis = Analyze.paragraphs("Actor Dominic Reeve will star, said singer Lula Brand.")
        #expect(analysis.entities(.person) == ["Dominic Reeve", "Lula Brand"])
    }

    /// The professions of broadcasting, writing, music and the arts open a name as `actor` does, and only
    /// before a name: at a sentence's end they pass no mark to the next sentence's first word.
    @Test(arguments: ["Broadcaster", "Writer", "Songwriter", "Journalist", "Pianist", "Sprinter", "Lawyer",
                      "Backbencher", "Campaigner", "Historian"])
    func moreProfessionsBeforeANameAreNoPartOfIt(profession: String) {
        let analysis = Analyze.paragraphs("\(profession) Colin Ashby has begun selling his furniture in Leeds.")
        #expect(analysis.entities(.person) == ["Colin Ashby"])
        let after = Analyze.paragraphs("She was named the best \(profession.lowercased()). Sales of her records rose.")
        #expect(after.entities(.person).isEmpty)
    }

    /// `Films`, `Pictures`, `Productions`, `Guild`, `Laboratory`, `Orchestra` make a run a body's name.
    @Test func filmCompaniesGuildsAndLaboratoriesAreBodies() {
        let analysis = Analyze.paragraphs(
            "The film was backed by Marlow Goldwyn Films and Baby Crow Productions, the Screen Writers Guild said, "
                + "and tested at the Harwell National Laboratory.")
        #expect(analysis.entities(.organization).isSuperset(of: [
            "Marlow Goldwyn Films", "Baby Crow Productions", "Screen Writers Guild", "Harwell National Laboratory",
        ]))
        #expect(analysis.entities(.person).isEmpty)
    }

    /// Right after a title, a city's name before a surname is a given name (`striker Milan Baros`).
    @Test func aCityAfterATitleOpensAPersonsName() {
        let analysis = Analyze.paragraphs(
            "Liverpool striker Milan Barosek says he was angry. He told a Czech newspaper: \"I was disappointed but I am not leaving.\"")
        #expect(analysis.entities(.person) == ["Milan Barosek"])
        #expect(analysis.quotes.map(\.speaker) == ["Milan Barosek"])
        let city = Analyze.paragraphs("The derby will be played in Milan on Sunday evening.")
        #expect(city.entities(.place) == ["Milan"])
    }

    /// A place and a compass word is a constituency or district, no firm named after the place.
    @Test func aPlaceAndACompassWordIsAPlace() {
        let analysis = Analyze.paragraphs("Turnout fell to 10% in Bristol South and Leeds Central, and to 12% in Derby North.")
        #expect(analysis.entities(.place) == ["Bristol South", "Leeds Central", "Derby North"])
        #expect(analysis.entities(.organization).isEmpty)
    }

    @Test func aBandOrACompanyCalledSomethingIsABody() {
        let analysis = Analyze.paragraphs("He founded a company called Lantern Works and joined the band Paper Swans.")
        #expect(analysis.entities(.organization) == ["Lantern Works", "Paper Swans"])
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func aReportsTitleAfterAColonNamesNothing() {
        let analysis = Analyze.paragraphs("She wrote the report: Beyond the Limits of Fast Radio, said Mira Tole.")
        #expect(analysis.entities(.person) == ["Mira Tole"])
        #expect(analysis.entities(.organization).isEmpty)
    }
}

/// Titles opened by a capitalised function word mid-sentence.
@Suite struct FunctionWordTitleTests {
    @Test func aCapitalisedFunctionWordMidSentenceOpensATitle() {
        let analysis = Analyze.paragraphs(
            "She sang a tribute, On the Wings of Harbour Gulls, and won best song for You Can't Hold Tomorrow, said Ida Brell.")
        #expect(analysis.entities(.person) == ["Ida Brell"])
        #expect(analysis.entities(.organization).isEmpty)
    }
}

/// Titles known by where they stand: after a person's possessive, before `star` and a name, after `of the`.
@Suite struct PlacedWorkTitleTests {
    @Test func wordsAfterAPersonsPossessiveAreTheirWork() {
        let analysis = Analyze.paragraphs(
            "Critics praised Martin Hale's Copper Harbour Nights, and Tom Reed's Gordon Brown agreed.",
            "Copper Harbour Nights opens in May.")
        #expect(analysis.entities(.person) == ["Martin Hale", "Tom Reed", "Gordon Brown"])
        #expect(analysis.entities(.organization).isEmpty)
    }

    @Test func aRunBeforeStarAndANameIsAWork() {
        let analysis = Analyze.paragraphs("Silver Harrow star Nina Coss and Kestrels star Joe Pell arrived.")
        #expect(analysis.entities(.person) == ["Nina Coss", "Joe Pell"])
        #expect(analysis.entities(.organization) == ["Kestrels"])
    }

    @Test func wordsJoinedByOfWithNothingKnownAreAWorksTitle() {
        // (`Duke of Edinburgh`: a known word after `of` makes a name.)
        let analysis = Analyze.paragraphs("Fans queued all night for Siege of Harrowmere, said Ida Brell in Leeds.")
        #expect(analysis.entities(.person) == ["Ida Brell"])
        #expect(analysis.entities(.organization).isEmpty)
        #expect(analysis.entities(.place) == ["Leeds"])
    }

    @Test func theTailOfALongerTitleAfterOfTheNamesNothing() {
        let analysis = Analyze.paragraphs("He read Tales of the Marsh and Songs of the Valley to Ida Brell.")
        #expect(analysis.entities(.person) == ["Ida Brell"])
        #expect(analysis.entities(.organization).isEmpty)
    }
}

/// Work rules that must leave people and places alone.
@Suite struct WorkTitleLimitTests {
    @Test func aProfessionIsNoTitleForTheSpeakerItDescribes() {
        let analysis = Analyze.paragraphs(
            "Comedian Rona Vale spoke first. \"The jokes have gone sour lately,\" said the 74-year-old comedian.")
        #expect(analysis.entities(.person) == ["Rona Vale"])
        #expect(analysis.quotes.first?.speaker == "Rona Vale")
    }

    @Test func aGivenNameOrAPlaceBeforeAWorkNounStays() {
        let analysis = Analyze.paragraphs(
            "Fans said Will Harrow and Jonny Pell missed the West End show, said Tom Reed of the Pell Society's board.")
        #expect(analysis.entities(.person) == ["Will Harrow", "Jonny Pell", "Tom Reed"])
        #expect(analysis.entities(.place) == ["West End"])
    }

    @Test func aNameBeforeAWorkNounThatIsAlsoAVerbIsNoTitle() {
        // (`plays`, `hits` are work cues only after a determiner: `her hit X`.)
        let analysis = Analyze.paragraphs("Critics say Castor Velline plays too slowly and Orla Minsk hits too hard, said Tom Reed.")
        #expect(analysis.entities(.person) == ["Castor Velline", "Orla Minsk", "Tom Reed"])
    }

    @Test func anAwardForAGivenNameIsForAPerson() {
        // (People are nominated too: after `award for`, a given name opens a person's name, not a title.)
        let analysis = Analyze.paragraphs(
            "The jury gave its award for Copper Harbour Nights to the studio and its award for Kevin Loame to his widow.")
        #expect(analysis.entities(.person) == ["Kevin Loame"])
        #expect(analysis.entities(.organization).isEmpty)
    }

    @Test func oneQuotedWordIsNoTitle() {
        // (Read as a title, its word would be dropped wherever the article repeats it.)
        let analysis = Analyze.paragraphs("The \"Kestrels\" won again. Tom Reed praised Kestrels for it.")
        #expect(analysis.entities(.organization) == ["Kestrels"])
    }
}

/// Titles of works that read like two names joined (`X and the Y of Z`).
@Suite struct JoinedWorkTitleTests {
    @Test func aTitleJoinedByAndTheWithOfIsAWork() {
        let analysis = Analyze.paragraphs(
            "It was followed by Harry Potter and the Prisoner of Azkaban, which took £20m.",
            "Fans queued for Harry Potter all night.")
        #expect(analysis.entities(.person).isEmpty)
    }

    /// `The Prisoner Of Azkaban`: an `Of` in capitals marks a title written in Title Case, wherever it ends.
    @Test func aTitleCasePhraseWithACapitalOfIsAWorkBeforeAVerbToo() {
        let analysis = Analyze.paragraphs(
            "Blockbuster films like Harry Potter and The Prisoner Of Azkaban took more at the box office.",
            "Tony Blair and the Prince of Wales met later.")
        #expect(analysis.entities(.person) == ["Tony Blair"])
    }

    /// Two people, and a band, joined by `and the` stay what they are.
    @Test(arguments: ["Tony Blair and the Prince of Wales met.", "Iggy Pop and the Stooges played.",
                      "Simon Cowell and the Pop Idol judges agreed."])
    func peopleJoinedByAndTheStayPeople(_ sentence: String) {
        #expect(!Analyze.paragraphs(sentence).entities(.person).isEmpty)
    }

    @Test func aPossessiveBeforeANameAndAWorkCueMakesATitle() {
        let analysis = Analyze.paragraphs("Richard Griffiths beat his Harry Potter film co-star Michael Gambon.")
        #expect(analysis.entities(.person) == ["Richard Griffiths", "Michael Gambon"])
    }

    /// A run opening with a verb's `-ing` form or holding a number's word (`Finding Neverland`, `Million
    /// Dollar Baby`) is no one's name; at a sentence's start such a form before a given name is the verb
    /// (`Making Michael Howard ...`).
    @Test func aRunOpeningWithAnIngFormOrHoldingANumberWordIsNoPerson() {
        let analysis = Analyze.paragraphs(
            "Tipped for success are Closer, Finding Neverland and Million Dollar Baby, with Johnny Depp.",
            "Making Michael Howard the leader was wise, said Irving Welsh.")
        #expect(analysis.entities(.person) == ["Johnny Depp", "Michael Howard", "Irving Welsh"])
    }
}

