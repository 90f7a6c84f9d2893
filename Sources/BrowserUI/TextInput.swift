/// A line of text being typed in the status bar: a search, a note for a bookmark, a filter.
/// While there is one, keys go to its editor first (see `AppState.handleInput`).
public struct TextInput: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        /// `/`: the library search (filters the list as you type).
        case search
        /// The note of the bookmark with this id.
        case note(bookmarkID: String)
        /// `/` inside a list overlay (bookmarks, entities, speakers): narrows it as you type.
        case filter
    }

    public var purpose: Purpose
    public var prompt: String
    public var editor: LineEditor

    public init(_ purpose: Purpose, prompt: String, text: String = "") {
        self.purpose = purpose
        self.prompt = prompt
        editor = LineEditor(text)
    }
}
