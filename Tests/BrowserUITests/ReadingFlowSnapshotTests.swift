import ArticleModel
import BrowserUI
import LedeTestSupport
import TerminalCanvas
import Testing

/// The screens of the reading flow, compared with the baselines in `__Snapshots__`: the list with room
/// at 120 columns and the selection previewed, the panes moved with `<` `>`, and the help overlay at
/// two widths.
@Suite(.needsSeed) struct ReadingFlowSnapshotTests {
    func browsing(_ size: Size, keys: [KeyEvent] = []) throws -> AppState {
        let library = try Fixtures.library()
        var state = AppState(articles: library.map(\.summary), size: size)
        _ = reduce(&state, .resize(size))
        finishLoading(&state, from: library)
        for key in keys {
            _ = reduce(&state, .key(key))
            finishLoading(&state, from: library)
        }
        return state
    }

    /// 120 columns, nothing opened yet: titles get room, the reading pane previews the selection.
    @Test func theListAt120ColumnsPreviewsTheSelection() throws {
        let state = try browsing(Size(width: 120, height: 24), keys: [.character("j"), .character("j")])
        #expect(state.open?.isPreview == true && state.read.isEmpty)
        assertSnapshot(render(state), named: "browse-preview-120x24")
    }

    /// An article opened, then the list widened twice with `>`.
    @Test func theListWidenedWhileReading() throws {
        let state = try browsing(Size(width: 120, height: 24), keys: [.enter, .backTab, .character(">"), .character(">")])
        assertSnapshot(render(state), named: "reading-wider-list-120x24")
    }

    @Test func helpUsesTheWidthAndWraps() throws {
        let wide = try browsing(Size(width: 120, height: 60), keys: [.character("?")])
        assertSnapshot(render(wide), named: "help-120x60")
        let narrow = try browsing(Size(width: 50, height: 30), keys: [.character("?")])
        let grid = render(narrow)
        assertSnapshot(grid, named: "help-50x30")
        // Every key of the map is listed somewhere in the scrolled help.
        var shown = Set<String>()
        var state = narrow
        for _ in 0..<20 {
            for line in render(state).lines { shown.insert(line) }
            _ = reduce(&state, .key(.pageDown))
        }
        let text = shown.joined(separator: "\n")
        for binding in KeyMap.standard.bindings {
            #expect(text.contains("  " + binding.label + " "), "\(binding.label) is not in the help")
        }
    }
}
