import ArgumentParser
import ArticleStore
import ReadingState

/// `lede read FILE...`: marks articles read (or, with `--unread`, unread), as opening them in the browser does.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Mark articles of the library read (or unread)."
    )

    @Argument(help: "Article files inside the library.")
    var files: [String]

    @Flag(help: "Mark them unread instead.")
    var unread = false

    @OptionGroup var state: StateOptions
    @OptionGroup var reading: ReadingOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Name at least one article file.") }
    }

    func run() throws {
        let store = try state.openStore()
        for file in files {
            let relative = store.relativePath(of: file)
            guard !relative.hasPrefix("/") else {
                throw ValidationError("\(file) is not inside the library \(store.libraryRoot); name its library with --library.")
            }
            do {
                let article = try ArticleLoader.load(path: file, relativePath: relative,
                                                     options: reading.loadOptions()).article
                store.setRead(article.summary, !unread)
            } catch {
                throw FileFailure(error.description)
            }
        }
        try StateOptions.save(store)
    }
}
