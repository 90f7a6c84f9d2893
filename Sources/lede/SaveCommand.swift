import ArgumentParser
import FeedStore
import FeedUpdate
import Foundation
import ReadingState
import WebPages

/// `lede save URL|FILE.html`: extract a page's article and keep it in the library, one folder per site.
struct SaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "save",
        abstract: "Save the article of a web page (http(s) URL or saved .html file) into the library.",
        discussion: """
            The article is stored as Markdown with front matter in a folder named after its site, with the \
            same safety as fetched feed items; a page saved again updates its one article. A page that is \
            not HTML, is empty or too large, or has no article is named on stderr; exit 1, nothing saved.
            """
    )

    @Argument(help: "An http(s) URL or a saved web page (.html).") var page: String
    @Option(name: .customLong("tag"), help: "A tag for the article (repeatable).") var tags: [String] = []
    @OptionGroup var options: SubscriptionOptions

    func run() throws {
        // Extract first: a page that fails leaves no trace, not even a library folder.
        let article: ExtractedArticle
        do {
            article = try PageSource.extract(page)
        } catch let failure as FileFailure {
            throw FileFailure("\(page): \(failure.message)")
        }
        let root = try options.root()
        let outcome: ItemOutcome
        do {
            let lock = try LibraryWriteLock(libraryRoot: root)
            let store = try FeedStore(libraryRoot: root)
            let pageURL = PageSource.isURL(page) ? URL(string: page) : nil
            outcome = try store.write(SavedPage.item(article, pageURL: pageURL, tags: tags),
                                      feed: SavedPage.site(article, pageURL: pageURL))
            try store.commit()
            withExtendedLifetime(lock) {}
        } catch {
            throw FileFailure("\(page): cannot save the article: \(error.message)")
        }
        switch outcome {
        case .added(let path): Output.line("Saved \(path) in \(root)")
        case .updated(let path): Output.line("Updated \(path) in \(root)")
        case .unchanged(let path): Output.line("Already saved: \(path) in \(root)")
        }
    }
}
