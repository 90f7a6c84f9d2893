import ArticleModel
import ArticleStore
import BrowserUI
import TextAnalysis

extension BrowserApp {
    /// Reads, clips and analyses the article in the `reading` lane, off the run loop: moving the
    /// selection previews each article on the way, and reading one took the run loop several frames.
    /// A load whose selection has moved on is dropped (a newer one waits in the lane); the reducer also
    /// takes only the article it is waiting for, so the reader never sees another article's text.
    func loadArticle(_ summary: ArticleSummary) {
        afterFirstFrame { [weak self] in self?.readArticle(summary) }
    }

    private func readArticle(_ summary: ArticleSummary) {
        executor.submit(.reading) { [inbox, options] isSuperseded in
            do throws(LoadProblem) {
                var article = try ArticleLoader.load(path: summary.path, options: options).article
                article.id = summary.id  // the id comes from the path inside the library, as the list has it
                guard !isSuperseded() else { return }
                ReadingClip.clip(&article)  // before the analysis, which then has less to read
                article.analysis = Analyzer().analyze(article.blocks)
                guard !isSuperseded() else { return }
                inbox.post(.articleLoaded(article))
            } catch {
                guard !isSuperseded() else { return }
                inbox.post(.articleFailed(summary.id, message: error.description))
            }
        }
    }
}
