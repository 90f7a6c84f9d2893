import HTMLText

/// What an element's `class`, `id` and `role` say about it, in the manner of Readability's hints:
/// words that mark boilerplate, words that mark the story, and words that may mark either.
enum ElementHints {
    /// Class or id words of parts that are almost never the story (menus, comments, share bars...).
    static let unlikely = [
        "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus",
        "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
        "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
        "pagination", "pager", "popup", "yom-remote", "cookie", "consent", "newsletter", "signup",
        "subscribe", "paywall", "recommend", "most-popular", "mostpopular", "trending", "taboola", "outbrain",
        "read-more", "readmore", "caption", "credit", "copyright",
    ]
    /// Words that keep an element that also carries an unlikely word (`article-header`, `main-footer`).
    static let maybe = ["and", "article", "body", "column", "content", "main", "shadow"]
    /// Words that raise an element's weight.
    static let positive = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post",
        "text", "blog", "story", "detail", "singular",
    ]
    /// Words that lower an element's weight.
    static let negative = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead",
        "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
        "skyscraper", "sponsor", "shopping", "tags", "widget", "caption", "newsletter", "byline",
    ]
    /// ARIA roles of parts that are not the story.
    static let unlikelyRoles: Set<String> = [
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
    ]
    /// Words of a byline (the author's name and the date), which lede reads as metadata, not as story.
    static let byline = ["byline", "author", "dateline", "writtenby", "p-author"]
    /// Class or id words (whole words) of a dateline or timestamp.
    static let dateline: Set<String> = [
        "date", "dates", "time", "timestamp", "published", "pubdate", "posted", "updated", "publish", "datetime",
    ]
    /// Class or id words (whole words) of a standfirst, the lead paragraph set apart above the story.
    static let lead: Set<String> = ["sapo", "summary", "description", "lead", "lede", "standfirst", "intro", "dek"]
    /// Words of share and social-button bars.
    static let share = ["share", "sharedaddy", "social", "sharing"]

    /// The element's class and id, lowercased, separated by a space.
    static func signature(_ node: HTMLNode) -> String {
        let classes = node["class"] ?? ""
        let id = node["id"] ?? ""
        if classes.isEmpty { return id.lowercased() }
        return id.isEmpty ? classes.lowercased() : (classes + " " + id).lowercased()
    }

    /// True when one of the signature's words (split at spaces, hyphens and underscores) is in `words`.
    static func hasWord(_ signature: String, in words: Set<String>) -> Bool {
        signature.split { $0 == " " || $0 == "-" || $0 == "_" }.contains { words.contains(String($0)) }
    }

    static func matches(_ text: String, _ words: [String]) -> Bool {
        !text.isEmpty && words.contains { text.contains($0) }
    }

    /// True for an element that is probably not part of any story, by its class, id or role.
    static func isUnlikely(_ node: HTMLNode) -> Bool {
        if let role = node["role"]?.lowercased(), unlikelyRoles.contains(role) { return true }
        let signature = signature(node)
        return matches(signature, unlikely) && !matches(signature, maybe)
    }

    /// Readability's class weight: -25 or +25 for each of the class and the id.
    static func weight(_ node: HTMLNode) -> Double {
        var weight = 0.0
        for value in [node["class"], node["id"]] {
            guard let value, !value.isEmpty else { continue }
            let lowered = value.lowercased()
            if matches(lowered, negative) || isHiddenWord(lowered) { weight -= 25 }
            if matches(lowered, positive) { weight += 25 }
        }
        return weight
    }

    /// `hid` on its own as a class word (the negative list's `hidden` covers the long form).
    private static func isHiddenWord(_ value: String) -> Bool {
        value.split(separator: " ").contains("hid")
    }
}
