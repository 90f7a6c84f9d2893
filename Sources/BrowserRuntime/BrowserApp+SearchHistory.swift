import BrowserUI
import ReadingState

extension BrowserApp {
    /// Keeps the search history in `folder` (default: the state folder): read now, written from
    /// `tick` whenever it changes. Browsers made without this (tests) keep it in memory only.
    public func keepSearchHistory(in folder: String = StateLocation.folder()) {
        let file = SearchHistoryFile(folder: folder)
        searchHistory = file
        dispatch(.search(.history(file.load())))
    }
}
