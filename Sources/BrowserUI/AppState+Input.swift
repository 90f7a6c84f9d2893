import TerminalCanvas

extension AppState {
    /// A key while text is being typed: editing keys edit, Enter submits, Escape cancels; the purpose
    /// decides what submitting (and, for searches, each change) does.
    mutating func handleInput(_ key: KeyEvent) -> [Effect] {
        guard var current = input else { return [] }
        switch key {
        case .enter:
            input = nil
            return submitInput(current)
        case .escape, .control("c"), .control("g"):
            input = nil
            return cancelInput(current)
        default:
            let before = current.editor.text
            if current.editor.handle(key) {
                input = current
                return current.editor.text == before ? [] : inputChanged(current)
            }
            return inputKey(key, current)
        }
    }
}

extension AppState {
    /// Enter in a text input. Each feature answers for its own purpose (see the `+Search`,
    /// `+Bookmarks` files).
    mutating func submitInput(_ input: TextInput) -> [Effect] {
        switch input.purpose {
        case .search: submitSearch(input.editor.text)
        case .note(let bookmarkID): submitNote(input.editor.text, bookmarkID: bookmarkID)
        case .filter: submitFilter(input.editor.text)
        }
    }

    /// Escape in a text input.
    mutating func cancelInput(_ input: TextInput) -> [Effect] {
        switch input.purpose {
        case .search: cancelSearch()
        case .note: []
        case .filter: filterChanged("")
        }
    }

    /// The text changed (a character typed or deleted).
    mutating func inputChanged(_ input: TextInput) -> [Effect] {
        switch input.purpose {
        case .search: searchChanged(input.editor.text)
        case .note: []
        case .filter: filterChanged(input.editor.text)
        }
    }

    /// A key the editor does not use (Up and Down for the search history, say).
    mutating func inputKey(_ key: KeyEvent, _ input: TextInput) -> [Effect] {
        switch input.purpose {
        case .search: searchInputKey(key)
        case .note, .filter: []
        }
    }
}
