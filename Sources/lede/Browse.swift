import ArgumentParser

/// `lede [LIBRARY]`: the browser. Until the terminal front end lands it prints the article list.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the browser on a library folder (the default command)."
    )

    @Argument(help: "A folder of articles (.txt, .md); default: $LEDE_LIBRARY, else the bundled sample library.")
    var library: String?

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        let root = try LibraryLocator.resolve(library)
        let (index, _) = try LibraryCatalog.open(root, options: reading.loadOptions())
        ListCommand.printList(index.summaries())
    }
}
