import ArgumentParser
import ArticleModel
import ArticleStore
import Foundation
import ReadingState
import TextAnalysis

/// `lede bookmarks`: export, import and add bookmarks from the command line.
struct BookmarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bookmarks",
        abstract: "Export, import or add bookmarks (with no subcommand: export them).",
        subcommands: [Export.self, Import.self, Add.self, Delete.self],
        defaultSubcommand: Export.self
    )

    /// `lede bookmarks [export] [--json | --markdown]`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print every bookmark: as a list (default), JSON (the format `import` reads) or a Markdown reading list."
        )

        enum Format: String, EnumerableFlag {
            case text, json, markdown
        }

        @Flag var format: Format = .text
        @OptionGroup var state: StateOptions

        func run() throws {
            // Follows renamed files when the library is there, but exporting writes nothing.
            let store = try state.openStore(attachingLibrary: true)
            switch format {
            case .json:
                FileHandle.standardOutput.write(try BookmarkExport.json(store.document))
            case .markdown:
                Output.line(BookmarkExport.markdown(store.bookmarks, library: store.document.library,
                                                    present: { store.article(for: $0) != nil }))
            case .text:
                for bookmark in store.bookmarks {
                    Output.line(BookmarkExport.line(bookmark))
                }
            }
        }
    }

    /// `lede bookmarks import FILE`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge bookmarks from a JSON export (or another state file) into this library's state."
        )

        @Argument(help: "A file written by `lede bookmarks --json`.")
        var file: String

        @OptionGroup var state: StateOptions

        func run() throws {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                let exists = FileManager.default.fileExists(atPath: file)
                throw FileFailure("\(file): \(exists ? "cannot read it" : "no such file")")
            }
            let incoming: StateDocument
            do {
                incoming = try StateDocument.decode(data)
            } catch {
                switch error {
                case .corrupt(let reason): throw FileFailure("\(file): not a lede bookmarks export: \(reason)")
                case .newerVersion(let version):
                    throw FileFailure("\(file): written by a newer lede (format version \(version))")
                }
            }
            let store = try state.openStore(attachingLibrary: true)
            let summary = store.importing(incoming)
            try StateOptions.save(store)
            Output.line("imported \(summary.added) new, \(summary.updated) updated, \(summary.unchanged) unchanged, "
                + "\(summary.alreadyDeleted) deleted here (not restored)")
        }
    }

    /// `lede bookmarks add FILE [--quote N] [--note TEXT]`: for scripts and tests.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Bookmark an article of the library (or one of its quotations) and print the bookmark's id."
        )

        @Argument(help: "An article file inside the library.")
        var file: String

        @Option(help: "Bookmark the article's Nth quotation (as numbered by `lede analyze`, from 1).")
        var quote: Int?

        @Option(help: "A short note to keep with the bookmark.")
        var note: String?

        @OptionGroup var state: StateOptions
        @OptionGroup var reading: ReadingOptions

        func validate() throws {
            if let quote, quote < 1 { throw ValidationError("--quote counts from 1.") }
        }

        func run() throws {
            let store = try state.openStore()
            let relative = store.relativePath(of: file)
            guard !relative.hasPrefix("/") else {
                throw ValidationError("\(file) is not inside the library \(store.libraryRoot); name its library with --library.")
            }
            let article: Article
            do {
                article = try ArticleLoader.load(path: file, relativePath: relative,
                                                 options: reading.loadOptions()).article
            } catch {
                throw FileFailure(error.description)
            }
            var chosen: Quote?
            if let quote {
                let quotes = Analyzer().analyze(article.blocks).quotes
                guard quote <= quotes.count else {
                    throw ValidationError("\(file) has \(quotes.count) quotation(s); there is no quotation \(quote).")
                }
                chosen = quotes[quote - 1]
            }
            let bookmark = store.addBookmark(article.summary, quote: chosen, note: note)
            try StateOptions.save(store)
            Output.line(bookmark.id)
        }
    }

    /// `lede bookmarks delete ID`.
    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a bookmark by its id.")

        @Argument(help: "The bookmark's id (see `lede bookmarks --json`).")
        var id: String

        @OptionGroup var state: StateOptions

        func run() throws {
            let store = try state.openStore()
            guard store.deleteBookmark(id: id) != nil else {
                throw FileFailure("no bookmark has the id \(id)")
            }
            try StateOptions.save(store)
        }
    }
}
