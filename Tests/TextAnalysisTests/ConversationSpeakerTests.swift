import TextAnalysis
import Testing

/// Who a speech verb's subject is when several people are named around a quotation.
@Suite struct ConversationSpeakerTests {
    /// A sentence reported by a pronoun at its end (`..., he argued.`) gives the quotation after it that
    /// pronoun's person, not a name inside what it reported.
    @Test func aPronounReportingTheSentenceBeforeSpeaksTheQuotation() {
        let analysis = Analyze.paragraphs(
            "Campaign spokesman Tom Faraday said the poster had been misunderstood. "
                + "The image simply portrayed Mr Harlow as a magician, he argued. "
                + "\"Concern has been expressed and clearly we have to take those views on board.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Tom Faraday"])
    }

    /// After a closing mark, words that go on with the quotation's own sentence, a comma and a pronoun
    /// before the verb: the pronoun speaks (`"..." within the US, he said`), not the words before it.
    @Test func aPronounAfterACommaBeforeTheVerbSpeaks() {
        let analysis = Analyze.paragraphs(
            "Party leader Carl Benning welcomed the result. "
                + "The first task was to \"rebuild a sense of domestic purpose\" within the country, he said.")
        #expect(analysis.quotes.map(\.speaker) == ["Carl Benning"])
    }

    @Test func theSubjectBeforeAnAppositionSpeaksNotAPersonInsideIt() {
        let analysis = Analyze.paragraphs(
            "Lê Minh Tâm, đồng nghiệp lâu năm của Phạm Quốc Khánh tại bệnh viện, nói: "
                + "\"Anh ấy luôn làm việc đến tận khuya và không bao giờ than phiền.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Lê Minh Tâm"])
    }

    /// `and` with a name and an auxiliary after it opens a clause whose subject `He` then means; two
    /// subjects joined by `and` open none (`he and Barker were`).
    @Test func aNameAfterAndBeforeAnAuxiliaryIsTheNextHe() {
        let analysis = Analyze.paragraphs(
            "Ivan Quill headed past keeper Tom Doble. Victory took Rovers within six points of leaders Fenwold and "
                + "Mike Hale is confident the team can close the gap. He added: \"We had several chances.\"",
            "Ron Corby said he and Barker were always mindful of the audience. \"Our material was good-natured,\" he said.")
        #expect(analysis.quotes.map(\.speaker) == ["Mike Hale", "Ron Corby"])
    }

    /// A paragraph that opens with a quotation and no attribution is by whoever speaks in the last sentence
    /// of the paragraph before, past a quoted term inside that sentence; not by someone the quotation
    /// itself names.
    @Test func theLastReporterOfTheParagraphBeforePastAQuotedTerm() {
        let analysis = Analyze.paragraphs(
            "Tom Ison, from the group Fathers First, said: \"It is very disappointing.\" Jim Marten, from Families "
                + "Together, said the plans \"lacked compulsion\".",
            "\"We would like to see couples develop a plan and then have it as a court order.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Tom Ison", "Jim Marten"])
        let named = Analyze.paragraphs(
            "Ngoại trưởng Lê Văn Khải nói: \"Chúng tôi chưa nhận được phản hồi nào từ phía bên kia\".",
            "Trong thông điệp ngày 21/4, Tổng thống Trần Quang Minh cảnh báo rằng sẽ đáp trả \"nhanh chóng\".",
            "\"Tôi đã hiểu thông điệp của Tổng thống Trần Quang Minh theo cách riêng của mình\".")
        #expect(named.quotes.map(\.speaker) == ["Lê Văn Khải", nil])
    }

    /// A verb in `-ed` before a lowercase title takes the title's holder as its object: the sentence's
    /// subject is still whom `he` means (not so `opposition leader X`, who opens his clause).
    @Test func aNameAfterAVerbAndATitleIsNoSubject() {
        let analysis = Analyze.paragraphs(
            "Former wing Dan Carrow told England to stop whingeing. Carrow, though, defended coach Andy Rollins "
                + "after the defeat.",
            "But he blamed \"a lack of talent in the England camp\" for the defeat.")
        #expect(analysis.quotes.map(\.speaker) == ["Dan Carrow"])
    }

    /// A sentence whose subject is `he` speaks on through the people it names after a preposition
    /// (`including`): the quotation after it is his, not the last one named.
    @Test func theQuotationAfterASentenceWhoseSubjectIsHeIsHis() {
        let analysis = Analyze.paragraphs(
            "Coach Philippe Marlow is angry. \"It is not good for the English game,\" he argues.",
            "Now he fears it could derail the club's hopes after eight players, including fly-half Tom Hale, "
                + "were away. \"We're in the quarter-finals, it's always better to play at home.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Philippe Marlow", "Philippe Marlow"])
    }

    /// A name with a possessive opening a sentence qualifies its subject and is none: `he` still means the
    /// subject named before.
    @Test func aPossessiveOpeningASentenceIsNoSubject() {
        let analysis = Analyze.paragraphs(
            "Tony Marsh has had the chance to tackle the problems and has failed, Michael Hale has said.",
            "\"Britain is heading in the wrong direction,\" Mr Hale said in his message. Mr Marsh's government "
                + "was a \"bossy, interfering government that takes decisions,\" he added.")
        #expect(analysis.quotes.map(\.speaker) == ["Michael Hale", "Michael Hale"])
    }

    @Test func reportedSpeechByThePersonBeforeARelativeClause() {
        let analysis = Analyze.paragraphs(
            "Helen Marsh, who trained the young Oliver Grant, told reporters the rider was \"stronger than he has ever been\".")
        #expect(analysis.quotes.map(\.speaker) == ["Helen Marsh"])
    }

    /// A name right before a speech verb is its clause's subject, whatever words stand before it; the
    /// names of a list after a verb are not, and nor is a name in a clause that hangs on another.
    @Test func theNameBeforeASpeechVerbIsTheSubjectAListAfterAVerbIsNot() {
        let analysis = Analyze.paragraphs(
            "Mr Hale is acting as an adviser. Conservative co-chairman Lena Fox said his return was a sign of decline. "
                + "\"They seem intent on talking about history rather than their record,\" she said.",
            "Dustin Moore is in London to publicise his comedy, which also stars Robert Quinn, Ann Marsh and Ben Tiller.",
            "He said: \"You go to the cinema and you realise you are watching the third act.\"",
            "But Mr Clarke said he had backed the plans when Mr Blunt argued for them in Cabinet. "
                + "\"The cards are a means to a more secure society,\" he said.")
        #expect(analysis.quotes.map(\.speaker) == ["Lena Fox", "Dustin Moore", "Clarke"])
    }

    /// A name in reported speech (`X said Y had complained`) or after a preposition before a title (`over
    /// President Y's re-election`) opens no clause: a later `the Tory leader said` or `he said` means X.
    @Test func aNameInReportedSpeechOrAfterAPrepositionIsNoSubject() {
        let analysis = Analyze.paragraphs(
            "Ian Hart is urging leaders to wake up from their \"state of denial\" over President Ross's victory.",
            "He said: \"America has spoken and the rest of the world should listen.\"",
            "Mr Howard said Mr Blunt had complained he had inherited a \"giant mess\" at the Home Office.",
            "He went on: \"He doesn't stop there, he thinks the culture secretary is weak.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Ian Hart", "Howard"])
    }

    /// An inverted attribution (`Also, said Mr X, ...`) keeps its name the subject a later `he said` means.
    @Test func anInvertedAttributionKeepsItsSubject() {
        let analysis = Analyze.paragraphs(
            "The rules were drafted by Andrew Bud, head of the forum. Also, said Mr Flynn, Vodafone has cut off "
                + "eight content sellers. \"We have quite draconian contracts with the firms we deal with,\" he said.")
        #expect(analysis.quotes.map(\.speaker) == ["Flynn"])
    }

    /// `..., said X, an analyst.` after reported speech makes X the subject the next `he` means; the name
    /// after `told` is its object (`X, an economist, told Agence France Presse.`).
    @Test func theSubjectOfAnInvertedAttributionIsWhomTheNextHeMeans() {
        let analysis = Analyze.paragraphs(
            "Paul Myers believes it is time advertisers stopped. \"You may be surprised by who pays,\" he said.",
            "But the issue is more complicated, said Mark Molloy, a music analyst. \"This has been a problem for "
                + "a long time,\" he told the BBC.",
            "Glenn Mayer, an economist at the bank, told Agence France Presse. \"The impact will certainly be "
                + "large,\" he said.")
        #expect(analysis.quotes.map(\.speaker) == ["Paul Myers", "Mark Molloy", "Glenn Mayer"])
    }

    /// `X was asked why Y had ...`: Y is the subject of a clause that hangs on another; `was "amazed" Y was`:
    /// a quoted word's closing mark opens no clause; `On the Today programme X was asked`: a phrase of place
    /// or time before the name leaves it the subject. The next `he` is X each time.
    @Test func theNextHeIsTheSentencesSubjectNotANameInsideItsClauses() {
        let analysis = Analyze.paragraphs(
            "Dan Small left the agency in November.",
            "On that day's Today programme Mr Jameson was asked why Mr Small had been allowed to resign. He replied: "
                + "\"The chief executive decided it was time to move on.\"",
            "But Tory MP Neil Watts said he was \"amazed\" Mr Small was still in his job. \"We were led to believe "
                + "he was going,\" he said.")
        #expect(analysis.quotes.map(\.speaker) == ["Jameson", "Neil Watts"])
    }

    /// `Một người khác cũng lên tiếng, ... đó là đạo diễn X.`: the person `đó là` names is whom the next
    /// pronoun means, not the subject named before.
    @Test func thePersonThatDoLaNamesIsTheNextPronouns() {
        let analysis = Analyze.paragraphs(
            "Đạo diễn Nhất Trung đã lên tiếng về chuyện này.",
            "Một người khác cũng lên tiếng, ủng hộ đạo diễn Nhất Trung đó là đạo diễn Võ Thanh Hòa. Anh nhấn mạnh: "
                + "\"Không đâu anh, phải có người lên tiếng\".")
        #expect(analysis.quotes.map(\.speaker) == ["Võ Thanh Hòa"])
    }

    /// A name in parentheses before the verb describes the subject before them: it does not speak.
    @Test func aNameInParenthesesBeforeTheVerbDoesNotSpeak() {
        let analysis = Analyze.paragraphs(
            "Chị Hằng (con gái bà Lữ - chủ cửa hàng) chia sẻ: \"Nhớ lúc mới bắt đầu bán, hàng bún của mẹ tôi rất nhỏ.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Hằng"])
    }

    /// A pronoun in a paragraph that names one person, even as an object and before any speech verb, means
    /// that person rather than a subject of an earlier paragraph; not when the paragraph opens with a
    /// back-reference (`He was once threatened by X`, `The 22-year-old`), whose subject is someone named before.
    @Test func aPronounMeansTheOnePersonItsParagraphNames() {
        let analysis = Analyze.paragraphs(
            "Alex Fenton said on Saturday that his rival was a disgrace.",
            "Those allegations were put to Arsene Wagner after the game at Bolton. At first he said only: "
                + "\"I have always been consistent with that story and told you nothing happened.\"",
            "Richard Dunn is ready to commit his future to the club.",
            "He was once threatened with the sack by City boss Kevin Keys. \"Hopefully something will be sorted "
                + "out as soon as possible,\" he said.")
        #expect(analysis.quotes.map(\.speaker) == ["Arsene Wagner", "Richard Dunn"])
    }

    @Test func theSpeakerOfSaidXIsWhomTheNextHeMeans() {
        let analysis = Analyze.paragraphs(
            "Sales of tablets rose again, the Harbour Group survey found.",
            "\"Tablets are now a mainstream purchase for families,\" said Owen Pryce, director of the survey. "
                + "\"More growth is certain as new models reach the shops,\" he added.")
        #expect(analysis.quotes.map(\.speaker) == ["Owen Pryce", "Owen Pryce"])
    }

    /// A word that sets a clause against the one before (`nhưng`, `but`) opens a clause whose first name is
    /// its subject, whom a later pronoun or description means.
    @Test func aNameAfterButIsTheSubjectALaterPronounMeans() {
        let analysis = Analyze.paragraphs(
            "Hewitt said he wanted a faster court but Tennis Australia's Geoff Pollard rejected his comments. "
                + "\"We did ask for it to be made faster than last year,\" he said.")
        #expect(analysis.quotes.map(\.speaker) == ["Geoff Pollard"])
    }

    @Test func aNameAfterNhungIsTheSubjectALaterDescriptionMeans() {
        let analysis = Analyze.paragraphs(
            "Dù đã tập luyện trong thời gian dài nhưng HLV Park Hang Seo vẫn chê các cầu thủ không có thể lực tốt.",
            "Chiến lược gia người Hàn Quốc chia sẻ: \"Chúng tôi cần phải điều chỉnh chế độ ăn uống phù hợp hơn.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Park Hang Seo"])
    }

    /// A pronoun before an auxiliary (`He will say`, `ông vẫn bày tỏ`) is the verb's subject, not a body
    /// named between the verb and the quotation.
    @Test(arguments: [
        ["The Liberal Democrat leader Charles Kennedy will visit a temple in Neasden.",
         "He will say Labour \"can no longer lay exclusive claim to the votes of minorities\"."],
        ["Ông Charles Kennedy đánh giá cao sự phát triển của thành phố.",
         "Nhưng ông vẫn bày tỏ với Bộ Y tế: \"Thành phố cần có thêm quyết tâm chống tham nhũng.\""],
    ])
    func aPronounBeforeAnAuxiliaryIsTheSubject(paragraphs: [String]) {
        let analysis = Analyze.blocks(paragraphs)
        #expect(analysis.quotes.map(\.speaker) == ["Charles Kennedy"])
    }

    /// A run-on may pass a photo's caption and quoted words (`"bay"`, `"phê"`) before the mark that closes
    /// it, up to five paragraphs on.
    @Test func aQuotationRunOnPastACaptionAndQuotedWordsTakesTheSpeakerWhereItEnds() {
        let analysis = Analyze.paragraphs(
            "Ông Lê Văn Hòa, hiệu trưởng, cho biết nhà trường đã họp phụ huynh.",
            "\"Cậu bé cho tôi hay, đầu tiên em chỉ dùng ma túy vào cuối tuần khi cả nhóm đi \"bay\", nhảy sung hơn…",
            "Một nhóm học sinh bị bắt quả tang ở Hải Dương. (Ảnh: Phương Thùy).",
            "Sau một thời gian, cậu bắt đầu sử dụng hàng ngày và bắt đầu ăn trộm.",
            "Bố mẹ đã đánh con rất dữ, bị cấm túc. Cậu cảm thấy căm thù.",
            "Một người bạn khuyến khích thử và thấy rất \"phê\", ngỡ như mình là siêu nhân\", TS Trần Quang Nam kể.")
        #expect(analysis.quotes.map(\.speaker) == ["Trần Quang Nam"])
    }

    /// A quotation that runs on into paragraphs with no opening mark of their own is attributed where it
    /// ends, after the closing mark that closes nothing.
    @Test func aQuotationRunOnIntoUnmarkedParagraphsTakesTheSpeakerWhereItEnds() {
        let analysis = Analyze.paragraphs(
            "Ông Lê Văn Tám gặp nhà sử học Jon Meacham ở Washington.",
            "\"Sự thiếu vắng khán giả buộc hai ứng viên phải tìm kiếm một phương thức kết nối khác.",
            "Không có những tràng vỗ tay, không có những tràng cười\", John Donvan, cựu phóng viên của ABC, bình luận.")
        #expect(analysis.quotes.map(\.speaker) == ["John Donvan"])
    }

    @Test func aRunOnStopsAtAParagraphOpeningAQuotationOfItsOwnWithoutAMark() {
        let analysis = Analyze.paragraphs(
            "Bà Lê Thu Hà kể lại chuyện cũ với các phóng viên.",
            "\"Chúng tôi đã chờ đợi suốt cả năm trời mà không có tin tức gì.",
            "Rồi ông Phạm Văn Nam nói: \"Mọi chuyện sẽ ổn cả thôi, mọi người đừng lo lắng\".")
        #expect(analysis.quotes.map(\.speaker) == ["Lê Thu Hà", "Phạm Văn Nam"])
    }

    /// A quotation opening a section after a heading continues the words of whoever spoke last before it.
    @Test func aQuotationAfterAHeadingContinuesThePreviousSpeaker() {
        let analysis = Analyze.paragraphs(
            "Theo bà Hesung Chun Koh, cha mẹ không cần hi sinh tất cả vì con cái.",
            "\"Khi mang thai con đầu lòng, tôi cũng không biết phải nuôi dạy con như thế nào cho đúng.",
            "Tôi không cho các con tất cả mà chỉ cho những gì thuộc khả năng của mình\", bà chia sẻ.",
            "2. Người mẹ đừng bỏ lỡ cơ hội phát triển bản thân",
            "\"Khi con vào trung học, tôi phải lựa chọn giữa đi làm và ở nhà làm nội trợ.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Hesung Chun Koh", "Hesung Chun Koh"])
    }

    /// In the passive (`bị`, `được`) or as a noun (`lời`, `sự`), a speech verb attributes nothing.
    @Test func aPassiveSpeechVerbAttributesNothing() {
        let analysis = Analyze.paragraphs(
            "Theo ESA, các miệng núi lửa được mô tả là \"đặc biệt bất thường và rất cổ xưa\", từ những ngày đầu tiên.",
            "Ca sĩ Lê Thu Hà được nhận xét là \"hát nhép trong suốt đêm diễn\" vào tuần trước.")
        #expect(analysis.quotes.map(\.speaker) == ["ESA"])
    }

    /// `the striker said`, like `the Dutchman said`, means the person last named as a subject.
    @Test func aPlayersRoleWithTheIsThePersonLastNamed() {
        let analysis = Analyze.paragraphs(
            "Thierry Henry believes he will be blamed if Arsenal fail to qualify. And the striker said: "
                + "\"If we don't win and we go out, it is going to be my fault.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Thierry Henry"])
    }

    /// The sentence of reported speech before an unattributed quotation goes on through its scare quotes,
    /// and a word such as `meanwhile` may stand between its speaker and the verb.
    @Test func reportedSpeechWithScareQuotesBeforeAQuotation() {
        let analysis = Analyze.paragraphs(
            "Conservative spokesman John Redfern said: \"The research endorses our policy.\" "
                + "Lib Dem spokesman Ed Dacre meanwhile said instead of the \"bonfire of quangos\" promised, there had "
                + "been an \"explosion\" of them. \"For over two decades these unaccountable agencies have mushroomed.\"")
        #expect(analysis.quotes.map(\.speaker) == ["John Redfern", "Ed Dacre"])
    }

    /// A post-nominal's capitals (`QC`, `MP`) may stand between the reporter and the verb.
    @Test func reportedSpeechPastAPostNominalBeforeAQuotation() {
        let analysis = Analyze.paragraphs(
            "Mr Oaten said: \"The Tories should have the courage to change public opinion.\" The new chairman of "
                + "the Bar Council, Guy Mansfield QC warned there was a real risk of people being driven away. "
                + "\"What is going to happen to young men when there has been a bomb gone off somewhere?\"")
        #expect(analysis.quotes.map(\.speaker) == ["Oaten", "Guy Mansfield"])
    }

    /// A title of several words (`Director of rugby`) before a name leaves that name the clause's subject.
    @Test func aNameAfterALongTitleIsTheSubjectAPronounMeans() {
        let analysis = Analyze.paragraphs(
            "He joins Jonny Wilkinson and Paul Grayson in the squad.",
            "Director of rugby Warren Gatland revealed that harsh words at half-time inspired his side.",
            "\"They got a roasting and it was a good second-half performance,\" he said.")
        #expect(analysis.quotes.map(\.speaker) == ["Warren Gatland"])
    }

    /// A clause's own personal pronoun before the verb is its subject, not a person named earlier in the
    /// sentence; a body's word (`the firm says`) is not such a pronoun.
    @Test func aClausesOwnPronounIsItsSubject() {
        let analysis = Analyze.paragraphs(
            "Adam Curie loves doing the show. He has even been called the Johnny Carson of podcasting which, he says, "
                + "\"is a badge I'll wear with great honour\".",
            "Siemens plans a faster network, but Christoph Caselitz, president of the mobile division at the firm says "
                + "that: \"By 2015 the need for capacity will rise by a factor of ten or more.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Adam Curie", "Christoph Caselitz"])
    }

    /// `an Alan Shearer strike`: a name describing a noun takes no part in the sentence, so the `he` after it
    /// is the subject named before.
    @Test func aNameDescribingANounIsNoPronounsPerson() {
        let analysis = Analyze.paragraphs(
            "Boss Graeme Souness felt Newcastle were never really in danger.",
            "An early own goal followed by an Alan Shearer strike earned them a 2-1 win. \"Obviously winning the "
                + "first leg gave us a great advantage,\" he said.")
        #expect(analysis.quotes.map(\.speaker) == ["Graeme Souness"])
    }

    /// A speech verb right after a comma has no subject of its own: it shares the sentence's, the person
    /// who opens it, not the object or the body named last (`X chỉ trích Y và Z, nói:`, `X, director of
    /// Y Rights, said:`); not a person whose possessive opens it (`Kenteris's lawyer, X, said:`).
    @Test func aSpeechVerbAfterACommaSharesTheSentencesSubject() {
        let vietnamese = Analyze.paragraphs(
            "Ông Ceferin chỉ trích dữ dội Ed Woodward và Agnelli, nói: \"Chúng tôi không biết rằng có những con rắn độc ở gần\".")
        #expect(vietnamese.quotes.map(\.speaker) == ["Ceferin"])
        let english = Analyze.paragraphs(
            "Emma Pike, director general of British Music Rights, said: \"We believe that copyright is an essential part of it.\"")
        #expect(english.quotes.map(\.speaker) == ["Emma Pike"])
        let possessive = Analyze.paragraphs(
            "Kostas Kenteris was cleared. Kenteris's lawyer, Gregory Ioannidis, said: \"The decision means he has been exonerated.\"")
        #expect(possessive.quotes.map(\.speaker) == ["Gregory Ioannidis"])
    }

    /// `X, anh trai của Y kể lại:`: a sibling's kinship noun (a form of address and `trai` or `gái`) opens an
    /// apposition to the person before the comma, who speaks; not to the sibling named in it.
    @Test func aSiblingsKinshipNounOpensAnApposition() {
        let analysis = Analyze.paragraphs(
            "Bà Nguyễn Thị Lan, chị gái của anh Nguyễn Văn Tùng cho biết: \"Trong chiếc túi vải vẫn còn nhuộm đỏ máu của em tôi\".")
        #expect(analysis.quotes.map(\.speaker) == ["Nguyễn Thị Lan"])
    }

    /// People named in a sentence a pronoun reports (`X would lead the campaign, he said.`, `Nobody, he
    /// claimed, could picture X`) are what was said: neither that pronoun nor a later one stands for them.
    @Test func aPersonInWhatAPronounReportsIsNotWhomItMeans() {
        let analysis = Analyze.paragraphs(
            "Campaign chief Hal Brenner unveiled the poster. Nobody, he claimed, could picture Liberal leader Ted Marsh "
                + "in Downing Street. And Peter Quinn would be in the front line of the campaign, he said. "
                + "\"Between now and the election the leader will spend more time out of London,\" he promised.")
        #expect(analysis.quotes.map(\.speaker) == ["Hal Brenner"])
    }

    /// `ITV Wales' Waterfront programme`, `Atticus' David Slager told`: an apostrophe after a plural's or a
    /// name's `s` is no closing quotation mark, so the attribution before the quotation reads on across it.
    @Test func aPossessivesApostropheIsNoQuotationMark() {
        let told = Analyze.paragraphs(
            "Lord Fenner said the chancellor would be best placed to take over from Mr Grant. When asked about the "
                + "leadership, he told ITV Wales' Waterfront programme: \"That contest is a long way away and it will come.\"")
        #expect(told.quotes.map(\.speaker) == ["Fenner"])
        let after = Analyze.paragraphs(
            "\"We are long-term investors and are experienced in removing management,\" Atticus' Dan Slade told the paper.")
        #expect(after.quotes.map(\.speaker) == ["Dan Slade"])
    }

    /// A term someone says (`"It's incredible," the youngster said.`) passes its speaker to the quotation
    /// right after it, not the speaker of an earlier quotation of the paragraph.
    @Test func aQuotationGoesOnInTheVoiceOfATermSaidBeforeIt() {
        let analysis = Analyze.paragraphs(
            "\"We will go to Twickenham with a little fear and it will help us,\" said coach Bernard Laval. "
                + "Meanwhile, winger Jean Granier is delighted with his first call-up. "
                + "\"It's incredible,\" the youngster said. \"I was not expecting it at all.\"")
        #expect(analysis.quotes.map(\.speaker) == ["Bernard Laval", "Jean Granier"])
    }

    /// `X - cơ quan ..., cho biết:`: a body before a dash and a lowercase description that runs to the comma
    /// before the verb speaks, not a person named in an earlier paragraph.
    @Test func aBodyBeforeADashAppositionSpeaks() {
        let analysis = Analyze.paragraphs(
            "Thủ tướng Boris Johnson đã chào đón con trai vào năm ngoái.",
            "Trong một tuyên bố hôm nay, Ủy ban Giám sát - cơ quan chuyên theo dõi tài chính các đảng, cho biết: "
                + "\"Có những cơ sở hợp lý để nghi ngờ rằng sai phạm đã xảy ra\".")
        #expect(analysis.quotes.map(\.speaker) == ["Ủy ban Giám sát"])
    }

    /// `"...," X, Y's chief adviser said.`: a possessive phrase after a person and a comma is that person's
    /// apposition; the person speaks, not `Y's chief adviser`.
    @Test func aPersonBeforeAPossessiveAppositionSpeaks() {
        let analysis = Analyze.paragraphs(
            "\"The regulator should seize the moment and act now on commissions,\" Mr Pettigrew, Mr Grant's chief adviser said.")
        #expect(analysis.quotes.map(\.speaker) == ["Pettigrew"])
    }

    /// `Theo X:` speaks also after a comma or a contrasting word (`Mặc dù ..., song theo Bộ X:"`, `which,
    /// according to X from the company, can "`), not a person named before it.
    @Test func theoAfterACommaOrAContrastingWordSpeaks() {
        let vietnamese = Analyze.paragraphs(
            "Mặc dù UBND thành phố, ông Trần Văn Khải và các cơ quan liên quan đã nỗ lực, song theo Bộ Xây dựng:"
                + "\"Hiện nay, các điều kiện kỹ thuật của dự án đã đảm bảo có thể vận hành\".")
        #expect(vietnamese.quotes.map(\.speaker) == ["Bộ Xây dựng"])
        let english = Analyze.paragraphs(
            "\"The benefits over Bluetooth are the lack of interference,\" said Ricardo Dominguez, Creative's manager. "
                + "Adidas has a trainer which, according to Susan Reiss from the company, can \"sense, understand, "
                + "and adapt to your running style\".")
        #expect(english.quote(startingWith: "sense")?.speaker == "Susan Reiss")
    }

    /// A quotation opening its paragraph after a one-sentence paragraph whose subject opens it (past a
    /// title) goes on in that subject's voice, not the voice of a person the sentence names later.
    @Test func aQuotationAfterAParagraphAboutItsSubjectIsTheSubjects() {
        let analysis = Analyze.paragraphs(
            "\"Thật vinh dự khi được trở thành đội trưởng của câu lạc bộ\", Fernandinho nói.",
            "Tiền vệ Fernandinho trở thành đội trưởng của đội bóng sau khi David Silva ra đi.",
            "\"Đó là một khoảnh khắc đặc biệt đối với tôi, điều tôi thực sự thích thú\".")
        #expect(analysis.quotes.map(\.speaker) == ["Fernandinho", "Fernandinho"])
    }

    /// A player's ranking is a title (`British number one Tim Henman`), so the name after it opens its
    /// clause and is whom `he said` means; a rank's word opening the sentence before it (`Former world
    /// number one X`) names no body.
    @Test func aRankingBeforeANameIsATitle() {
        let analysis = Analyze.paragraphs(
            "Andy Morton will play in the doubles on Saturday. British number one Tom Hadley, who retired from "
                + "the team this year, believes Britain can win. \"It's going to be a really tough match,\" he said.",
            "Former world number one Juan Ferreira insists he can get back to his best.")
        #expect(analysis.quotes.map(\.speaker) == ["Tom Hadley"])
        #expect(analysis.entities(.organization).isEmpty)
        #expect(analysis.entities(.person) == ["Andy Morton", "Tom Hadley", "Juan Ferreira"])
    }

    /// `dành cho cô con gái nhỏ:`: a form of address before a word for a relative is the relative's
    /// classifier (the daughter), not a pronoun, so it does not hand the quotation to the woman named before.
    @Test func aFormOfAddressBeforeARelativesWordIsNoPronoun() {
        let analysis = Analyze.paragraphs(
            "\"Chúng tôi luôn đặt con cái lên hàng đầu\", Lê Thị Hà chia sẻ thêm.",
            "Ca sĩ Trần Văn Khôi hạnh phúc khi xuất hiện bên cạnh vợ trong sự kiện.",
            "Nam ca sĩ vui vẻ chia sẻ về tình cảm dành cho cô con gái nhỏ: \"Con gái quấn tôi lắm, lúc nào cũng "
                + "đòi bố bế\".")
        #expect(analysis.quotes.map(\.speaker) == ["Lê Thị Hà", "Trần Văn Khôi"])
    }

    /// `anh đã xem video của nhóm X ... trước khi gặp Y và nói:`: a speech verb joined by `và` shares the
    /// subject of its clause, the pronoun that opens it, not a name the clause holds as an object (nor is a
    /// name right before `và` and the verb its subject).
    @Test func aJoinedSpeechVerbSharesThePronounOpeningItsClause() {
        let analysis = Analyze.paragraphs(
            "Minh Thư nói thêm, tình cảm giữa cô và chồng là \"tình yêu sét đánh\".",
            "Quang Vinh giải thích rằng, anh đã xem một video ca nhạc của nhóm Sao Mai vào năm 1996 trước khi gặp "
                + "Minh Thư và nói với bạn của mình: \"Người đó sẽ là cô gái mà tôi cưới\".")
        #expect(analysis.quotes.map(\.speaker).last == "Quang Vinh")
    }
}
