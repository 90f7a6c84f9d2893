import ArticleModel

/// Who said a quotation: the name (or, when `named` is false, the describing phrase) and where the
/// text names them.
struct Speaker {
    var name: String
    var named: Bool
    var span: TextSpan
}
