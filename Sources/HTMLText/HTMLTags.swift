/// What the renderer and the extractor know about HTML elements.
public enum HTMLTags {
    /// Elements whose content is never article text: code, styling, forms, embedded media, document metadata.
    public static let dropped: Set<String> = [
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "base",
        "form", "input", "button", "select", "option", "textarea", "label",
        "iframe", "frame", "frameset", "object", "embed", "applet", "param",
        "svg", "math", "canvas", "img", "picture", "source", "video", "audio", "track", "map", "area",
    ]

    /// Elements that start and end a block of text.
    public static let blocks: Set<String> = [
        "address", "article", "aside", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "hr", "html", "main", "nav", "p",
        "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "caption",
    ]
}
