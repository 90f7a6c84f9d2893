import ArgumentParser
import ArticleStore
import ReadingState

/// Options of the commands that read or change bookmarks and read state.
struct StateOptions: ParsableArguments {
    @Option(name: .customLong("library"),
            help: "The library folder the state belongs to; default: $LEDE_LIBRARY, else the bundled sample library.")
    var library: String?

    @Option(name: .customLong("state-dir"),
            help: "Where bookmarks and read state are kept; default: $LEDE_STATE_DIR, else $XDG_DATA_HOME/lede, else ~/.local/share/lede.")
    var stateDirectory: String?

    /// The library's folder, resolved as every command resolves it.
    func libraryRoot() throws -> String {
        try LibraryLocator.resolve(library)
    }

    /// The library's state (of `root`, else of the library as every command resolves it), with anything the reader must know (a corrupt file set aside) on standard error.
    /// `attachingLibrary` reads the library's article list (from its index) so bookmarks follow
    /// renamed and edited files; a library that cannot be read is simply not attached.
    func openStore(attachingLibrary: Bool = false, root chosen: String? = nil) throws -> StateStore {
        let root = try chosen ?? libraryRoot()
        let store = StateStore(libraryRoot: root, stateDirectory: stateDirectory)
        store.takeNotices().forEach(Output.error)
        // Through the index, so that a large library is not read again for a bookmark.
        if attachingLibrary, let (index, _) = try? LibraryCatalog.open(root, options: LoadOptions(), reportProblems: false) {
            store.attach(index.summaries())
        }
        return store
    }

    /// Saves, telling the reader on failure (exit code 1: the state file could not be written).
    static func save(_ store: StateStore) throws {
        let outcome = store.save()
        store.takeNotices().forEach(Output.error)
        if case .failed(let failure) = outcome {
            throw FileFailure(failure.message + "; nothing was changed")
        }
    }
}
