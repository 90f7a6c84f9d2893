import Foundation

extension ArticleLoader {
    /// Reads a small article in memory so that the readers' and the analyser's tables (gazetteers,
    /// character tables) are loaded. The browser calls it on its background thread at start, so that
    /// the first article the reader opens does not pay for them.
    public static func warmUp() {
        let text = "(Tin Phố) - Ông Nguyễn Văn An nói: “Chúng tôi bắt đầu ngày 3/4/2024.”\n"
            + "Hà Nội mở rộng xe buýt\n\"We start in May,\" said Dr Jane Smith in London on 3 April 2024.\n"
        _ = try? parse(Data(text.utf8), path: "warm-up.txt", relativePath: "warm-up.txt", modified: Date())
    }
}
