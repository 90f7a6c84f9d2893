import Feeds
import Foundation
import Testing

/// Runs every gofeed fixture (`../shared/feeds/gofeed`, MIT) through lede's parser.
@Suite(.enabled(if: GofeedFixture.available, "needs gofeed's fixtures in ../shared/feeds/gofeed beside the repository"))
struct ConformanceTests {
    /// Where lede deliberately or knowingly differs from gofeed, and why.
    static let explained: [String: String] = {
        let firstLink = "an item with several links keeps its first (gofeed keeps the last, an href attribute)"
        let nakedMarkup = "markup written raw into a plain field keeps its words without the tags (gofeed keeps the tags)"
        return [
            "rss/rdf_channel_links": firstLink,
            "rss/rdf_item_links": firstLink,
            "rss/rss_channel_item_links": firstLink,
            "rss/rss_channel_links": firstLink,
            "rss/rss_channel_item_author_naked_markup": nakedMarkup,
            "rss/rss_channel_item_guid_naked_markup": nakedMarkup,
            "atom/atom10_feed_entry_content_base64_escaped_markup":
                "base64 content of type text/plain is text, so its escaped markup stays escaped",
            "atom/entry_id_xml_base":
                "an Atom id is an identifier, not a link: lede keeps it as written rather than resolving it",
        ]
    }()

    @Test func everyFixtureAgreesOrIsExplained() throws {
        let fixtures = GofeedFixture.all()
        #expect(fixtures.count > 400)
        var agreed = 0
        var report: [String] = []
        for fixture in fixtures {
            let differences = try fixture.differences()
            if differences.isEmpty {
                agreed += 1
                #expect(Self.explained[fixture.name] == nil, "\(fixture.name) now agrees: drop it from the list")
            } else if Self.explained[fixture.name] == nil {
                report.append("\(fixture.name): \(differences.joined(separator: "; "))")
            }
        }
        print("gofeed fixtures: \(agreed) of \(fixtures.count) agree; \(Self.explained.count) differences explained")
        #expect(report.isEmpty, "unexplained differences:\n\(report.joined(separator: "\n"))")
    }
}
