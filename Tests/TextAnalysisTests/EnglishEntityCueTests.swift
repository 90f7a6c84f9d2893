import ArticleModel
import TextAnalysis
import Testing

/// Context cues that decide what an unknown English name is (the names here are made up).
@Suite struct EnglishEntityCueTests {
    /// A run opening with a word that opens bodies' names and no person's (`Stade`, `Real`, `Air`) is an
    /// organisation, in either language.
    @Test func aBodysFirstWordMakesItAnOrganisation() {
        let analysis = Analyze.paragraphs("On Saturday Stade Marignan beat Real Oviedo, and Air Kestrel cancelled flights.")
        #expect(analysis.entities(.organization) == ["Stade Marignan", "Real Oviedo", "Air Kestrel"])
        #expect(analysis.entities(.person).isEmpty)
        let vietnamese = Analyze.paragraphs(
            "Theo hãng tin Reuters, đội Stade Marignan đã thắng Real Oviedo tại sân nhà hôm thứ Bảy. Los Verdes vẫn dẫn đầu.")
        #expect(vietnamese.entities(.organization).isSuperset(of: ["Stade Marignan", "Real Oviedo", "Los Verdes"]))
    }

    /// A run ending with a word that ends companies' names and no person's (`Boerse`, `Steel`, `Universal`)
    /// is an organisation, unless a given name opens it; and such words join no list into one name.
    @Test func aCompanysLastWordMakesItAnOrganisation() {
        let analysis = Analyze.paragraphs(
            "Shares in Kessel Boerse fell on Monday, while Vantor Universal said profits rose.",
            "Carrow Steel and Wendham Petroleum gained, and campaigner Helen Steel said the deal was unfair.")
        #expect(analysis.entities(.organization) == ["Kessel Boerse", "Vantor Universal", "Carrow Steel", "Wendham Petroleum"])
        #expect(analysis.entities(.person) == ["Helen Steel"])
    }

    /// Capitalised words right before a lowercase word for an illness name it, no entity (`Motor Neurone
    /// disease`, `the MyDoom virus`).
    @Test func anIllnessNamesNoEntity() {
        let analysis = Analyze.paragraphs(
            "The research could help victims of Motor Neurone disease, and the Cabir virus spread to Dana Hale's phone.")
        #expect(analysis.entities(.person) == ["Dana Hale"])
        #expect(analysis.entities(.organization).isEmpty)
    }

    /// A firm of advice or research (`Analytics`, `Advisors`, `Consortium`) ends a company's name, in
    /// Vietnamese text too.
    @Test func anAdvisersOrAResearchersLastWordMakesACompany() {
        let english = Analyze.paragraphs("Kestrel Investments expects growth, said Mark Dunn of Halden Consortium.")
        #expect(english.entities(.organization) == ["Kestrel Investments", "Halden Consortium"])
        #expect(english.entities(.person) == ["Mark Dunn"])
        let vietnamese = Analyze.paragraphs("Theo quỹ đầu tư Omega Advisors và tổ chức Worker Rights Consortium, giá sẽ tăng.")
        #expect(vietnamese.entities(.organization) == ["Omega Advisors", "Worker Rights Consortium"])
        #expect(vietnamese.entities(.person).isEmpty)
    }

    @Test(arguments: [
        "Shares in Fenwold Marsh slipped after the warning.",
        "Analysts at Quillan Hart expect a weaker year.",
        "The deal was backed by chipmaker Varrow Dene last week.",
        "The chief executive of Tarnby Cole stepped down.",
        "Campaign group Keep Lanes Clear welcomed the ruling.",
    ])
    func wordsBeforeANameMakeItABody(sentence: String) {
        let analysis = Analyze.paragraphs(sentence)
        #expect(analysis.entities(.person).isEmpty)
        #expect(analysis.entities(.organization).count == 1)
    }

    /// Words before a country's name name a body of that country, not a person; not after a given name, and
    /// not a city, which is also a surname.
    @Test func wordsBeforeACountrysNameNameABody() {
        let analysis = Analyze.paragraphs(
            "The plan was backed by Rowing Australia and by Heritage Wales, said Denzel Washington and Tom England.")
        #expect(analysis.entities(.organization) == ["Rowing Australia", "Heritage Wales"])
        #expect(analysis.entities(.person) == ["Denzel Washington", "Tom England"])
    }

    /// `of` or `at` after a person's full name leads to where the person works.
    @Test func aNameAfterAPersonAndOfOrAtIsTheEmployer() {
        let analysis = Analyze.paragraphs(
            "\"Rates will rise,\" said Edwin Marlowe of Quillan Hart. Greta Lund at Varrow Dene agreed, as did "
                + "Tom Pryce, chief investment officer of Fenwold Marsh.")
        #expect(analysis.entities(.person) == ["Edwin Marlowe", "Greta Lund", "Tom Pryce"])
        #expect(analysis.entities(.organization) == ["Quillan Hart", "Varrow Dene", "Fenwold Marsh"])
    }

    /// Not a place, a name opening with a given name, or something of someone's.
    @Test func aPlaceAPersonOrAPossessiveAfterOfStaysWhatItIs() {
        let analysis = Analyze.paragraphs(
            "Striker Alan Novo was banned. Edwin Marlowe at Stamford Bridge met Greta Lund of Harry Quill, and Tom "
                + "Pryce of Novo's ban said little.")
        #expect(analysis.entities(.place) == ["Stamford Bridge"])
        #expect(analysis.entities(.organization).isEmpty)
        #expect(analysis.entities(.person) == ["Alan Novo", "Edwin Marlowe", "Greta Lund", "Harry Quill", "Tom Pryce", "Novo"])
    }

    @Test func aCueDoesNotSwallowTheNameAfterATitle() {
        let analysis = Analyze.paragraphs("A spokesman for Prime Minister Edwin Marlowe declined to comment.")
        #expect(analysis.entities(.person) == ["Edwin Marlowe"])
        #expect(analysis.entities(.organization).isEmpty)
    }

    @Test func aTownWithCityOrTownAfterItIsItsClub() {
        let analysis = Analyze.paragraphs("The striker left Hull City for Luton Town, and Grimsby Town were interested too.")
        #expect(analysis.entities(.organization) == ["Hull City", "Luton Town", "Grimsby Town"])
        #expect(analysis.entities(.place).isEmpty)
    }

    @Test func aStateWithCityAfterItIsAPlace() {
        let analysis = Analyze.paragraphs("The family moved from Kansas City to Salt Lake City in the spring.")
        #expect(analysis.entities(.place) == ["Kansas City", "Salt Lake City"])
        #expect(analysis.entities(.organization).isEmpty)
    }

    @Test func aCityThatPlaysAMatchIsItsClubThroughout() {
        let analysis = Analyze.paragraphs(
            "The visitors beat Leeds on a wet night.", "It was a bad week for Leeds, who had won twice.")
        #expect(analysis.entities(.organization) == ["Leeds"])
        #expect(analysis.entities(.place).isEmpty)
    }

    @Test func aCityThatPlaysNoMatchStaysAPlace() {
        let analysis = Analyze.paragraphs("The new office opened in Leeds and the staff moved from Bristol.")
        #expect(analysis.entities(.place) == ["Leeds", "Bristol"])
    }

    @Test func aPlaceThatIsAGivenNameStartsAPerson() {
        let analysis = Analyze.paragraphs("Georgia Pemberton and Jordan Quaile visited Jordan last month.")
        #expect(analysis.entities(.person) == ["Georgia Pemberton", "Jordan Quaile"])
        #expect(analysis.entities(.place) == ["Jordan"])
    }

    @Test func aCommaListInsideADepartmentsName() {
        let analysis = Analyze.paragraphs("Officials at the Department for Roads, Rivers and Rural Trade said little.")
        #expect(analysis.entities(.organization) == ["Department for Roads, Rivers and Rural Trade"])
    }

    @Test func aRegionalAdjectiveBeforeAWordNamesACompany() {
        let analysis = Analyze.paragraphs("Customers of Northern Kettle complained again.")
        #expect(analysis.entities(.organization) == ["Northern Kettle"])
    }

    @Test func aNameEndingWithACommonNounOfTheArticleIsNoPerson() {
        let analysis = Analyze.paragraphs(
            "The promoter behind Brackley Boxing said tickets sold out.", "Interest in boxing has grown.")
        #expect(analysis.entities(.organization) == ["Brackley Boxing"])
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func aSmallWordCapitalisedInsideANameIsNoPerson() {
        let analysis = Analyze.paragraphs("Members of Cyclists Against Potholes marched on Sunday.")
        #expect(analysis.entities(.organization) == ["Cyclists Against Potholes"])
    }

    @Test func aTwoWordNameWithAGivenNameIsStillAPerson() {
        let analysis = Analyze.paragraphs("The report was written by Adam Price.", "The price of bread rose.")
        #expect(analysis.entities(.person) == ["Adam Price"])
    }

    @Test func aLoneWordThatSpeaksAtASentenceStartIsAName() {
        let analysis = Analyze.paragraphs("Fenwick said sales had risen. Officials said nothing.")
        #expect(analysis.entities(.organization) == ["Fenwick"])
    }

    @Test func aFoundedLoneWordIsABody() {
        let analysis = Analyze.paragraphs("Quillo, founded in 2019, makes garden tools.")
        #expect(analysis.entities(.organization) == ["Quillo"])
    }

    @Test func aPlaceBeforeAnUnknownWordStartsACompanysName() {
        let analysis = Analyze.paragraphs("Investors sold Tokyo Varnish shares as the yen rose in Tokyo.")
        #expect(analysis.entities(.organization) == ["Tokyo Varnish"])
        #expect(analysis.entities(.place) == ["Tokyo"])
    }

    @Test func aPlaceInsideAnEventsNameIsNoPlace() {
        let analysis = Analyze.paragraphs("She reached the final of the US Open before flying to France.")
        #expect(analysis.entities(.place) == ["France"])
    }

    @Test func aSaintsNameBeforeAHeadIsOneName() {
        let analysis = Analyze.paragraphs("He was treated at St Agnes' Hospital near the station.")
        #expect(analysis.entities(.organization) == ["St Agnes' Hospital"])
        #expect(analysis.entities(.person).isEmpty)
    }

    @Test func fromAfterAPersonNounNamesAHometown() {
        let analysis = Analyze.paragraphs("A pensioner from Little Haddon lost his savings.")
        #expect(analysis.entities(.place) == ["Little Haddon"])
    }

    @Test func aLoneHeadWordBeforeARoleIsAClub() {
        let analysis = Analyze.paragraphs("The shot beat United goalkeeper Rob Fennel at the near post.")
        #expect(analysis.entities(.organization) == ["United"])
        #expect(analysis.entities(.person) == ["Rob Fennel"])
    }

    @Test func aRolesPossessiveInsideACourtsName() {
        let analysis = Analyze.paragraphs("The inquest at Norfolk Coroner's Court heard the evidence.")
        #expect(analysis.entities(.organization) == ["Norfolk Coroner's Court"])
        #expect(analysis.entities(.place).isEmpty)
    }

    @Test func wellKnownPlacesAndBodiesFromTheGazetteer() {
        let analysis = Analyze.paragraphs(
            "Farmers in Nebraska and Saskatchewan watched as Hezbollah and Nato traded warnings over Tbilisi.")
        #expect(analysis.entities(.place) == ["Nebraska", "Saskatchewan", "Tbilisi"])
        #expect(analysis.entities(.organization) == ["Hezbollah", "Nato"])
    }

    /// A noun for where someone comes from or their party before a given name and a surname is no part of
    /// the name; alone it names no one (`Tory` alone is the party).
    @Test func aDemonymBeforeANameIsNoPartOfIt() {
        let analysis = Analyze.paragraphs(
            "Californian Thomas Slattery filed the suit. New Zealander Graham Henry agreed, and the plan angered "
                + "Tory Neil Hamilton. The Briton later thanked the Tory whips. American Express shares rose.")
        #expect(analysis.entities(.person) == ["Thomas Slattery", "Graham Henry", "Neil Hamilton"])
        #expect(analysis.entities(.organization) == ["Tory", "American Express"])
    }

    /// So is a role that may also stand before a firm (`producer Endemol`), opening the sentence before a
    /// given name.
    @Test func aRoleOpeningTheSentenceBeforeAGivenNameIsNoPartOfTheName() {
        let analysis = Analyze.paragraphs("Producer Kevin Wallace said the show would open in May.")
        #expect(analysis.entities(.person) == ["Kevin Wallace"])
    }

    /// A bill's name (`the Terrorism Bill`) and a law's after `of` (`the Act of Settlement`, `the Bill of
    /// Rights`) name no body; `Bill` alone is still a given name.
    @Test func billsAndActsNameNoBody() {
        let analysis = Analyze.paragraphs(
            "The Act of Settlement bars Catholics from the throne, and MPs debated the Terrorism Bill and the Bill of "
                + "Rights. Bill Hendry said the Commons would vote on Monday.",
            "\"We will be there,\" Bill said.")
        #expect(analysis.entities(.organization) == ["Commons"])
        #expect(analysis.entities(.person) == ["Bill Hendry"])
        #expect(analysis.quotes.map(\.speaker) == ["Bill"])
        #expect(Analyze.paragraphs("Bill said he would be there on Monday.").entities(.person) == ["Bill"])
    }
}

@Suite struct EnglishPlaceNameTests {
    @Test func aPlacesNameBeforeAPlaceWordIsOnePlace() {
        let analysis = Analyze.paragraphs("Residents of Bristol Road and Leeds Lane objected to the plan.")
        #expect(analysis.entities(.place) == ["Bristol Road", "Leeds Lane"])
        #expect(analysis.entities(.organization).isEmpty)
    }
}

/// `Shadow` before an office is the title's rank, no body; before a body's head it opens the body.
@Suite struct EnglishShadowTests {
    @Test func shadowBeforeAnOfficeIsNoBody() {
        let analysis = Analyze.paragraphs("Shadow home secretary David Davis welcomed the move. The Shadow Cabinet met.")
        #expect(analysis.entities(.person) == ["David Davis"])
        #expect(analysis.entities(.organization) == ["Shadow Cabinet"])
    }
}

/// A lone word is a body by default in English; one whose speech verb goes on with `he` or `she` is a
/// person, and a quotation after `He told X:` is theirs.
@Suite struct EnglishLoneNameTests {
    @Test func aLoneWordThatSaysHeIsAPerson() {
        let analysis = Analyze.paragraphs(
            "But Perrin, speaking to BBC Sport, admits the club is ready. Perrin said he would not sell.",
            "He told reporters: \"Steven is above money and he is the future of the club.\"",
            "Officials now say he did not resign. Voxtel said it would cut prices.")
        #expect(analysis.entities(.person) == ["Perrin", "Steven"])
        #expect(analysis.entities(.organization) == ["BBC Sport", "Voxtel"])
        #expect(analysis.quotes.map(\.speaker) == ["Perrin"])
    }

    /// The one name of a sentence, opening a clause, when the next sentence goes on with `She`: a person,
    /// whom a description after (`said the 23-year-old`) then means; not an adverb opening the sentence.
    @Test func aLoneWordTheNextSentenceCallsSheIsAPerson() {
        let analysis = Analyze.paragraphs(
            "After a tough first set, Kovac grew in confidence and won in 56 minutes. She will now meet the champion. "
                + "\"Bring it on,\" said the 23-year-old. \"I played pretty well and it was nice to win in straight sets.\"",
            "Very quickly it became clear that she was something special. She won again in June.")
        #expect(analysis.entities(.person) == ["Kovac"])
        #expect(analysis.quotes.map(\.speaker) == ["Kovac"])
    }
}

