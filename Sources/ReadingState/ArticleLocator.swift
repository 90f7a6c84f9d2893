import ArticleModel

/// The articles of a library as the identity rules need them: by library-relative path and by
/// content fingerprint.
struct ArticleLocator {
    private(set) var byPath: [String: ArticleSummary] = [:]
    private(set) var byFingerprint: [String: String] = [:]

    init(_ articles: [ArticleSummary], relativePath: (String) -> String) {
        byPath.reserveCapacity(articles.count)
        byFingerprint.reserveCapacity(articles.count)
        for article in articles {
            let path = relativePath(article.path)
            byPath[path] = article
            // Several files may share a text (copies): the first path in sort order, so every run
            // agrees. Compared only when texts collide: sorting 100,000 paths took 400 ms at start-up.
            if let other = byFingerprint[article.fingerprint], other < path { continue }
            byFingerprint[article.fingerprint] = path
        }
    }

    /// Where something remembered by `path` and `fingerprint` is now: at its path if that file still
    /// exists (even lightly edited: its fingerprint changed but its path did not); else, when the path
    /// is gone, wherever the same text is (the file was renamed or moved); else nowhere.
    func resolve(path: String, fingerprint: String) -> (path: String, article: ArticleSummary)? {
        if let article = byPath[path] { return (path, article) }
        if let moved = byFingerprint[fingerprint], let article = byPath[moved] { return (moved, article) }
        return nil
    }

    func contains(path: String) -> Bool { byPath[path] != nil }
}
