import ArticleModel
import Benchmark
import BrowserUI
import TerminalCanvas

/// A frame of the browser at 200x60 with a long article in the reading pane (issue 4: under 2 ms per
/// frame in a release build). The layout is made once per article and width, as in the app; a frame
/// scrolls one line and draws the whole screen.
let benchmarks: @Sendable () -> Void = {
    Benchmark("render reading pane 200x60",
              configuration: .init(metrics: [.wallClock, .cpuTotal, .throughput], scalingFactor: .kilo,
                                  maxDuration: .seconds(10))) { benchmark in
        var state = RenderFrameFixture.state(size: Size(width: 200, height: 60))
        var grid = Grid(width: 200, height: 60)
        let last = max(1, (state.open?.layout.lines.count ?? 1) - 57)
        var line = 0
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            line = (line + 1) % last
            state.open?.scroll = line
            Screen.render(state, theme: .defaultDark, into: &grid)
            blackHole(grid)
        }
    }

    Benchmark("lay out long article for a new width",
              configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(5))) { benchmark in
        let article = RenderFrameFixture.article(paragraphs: 400)
        for _ in benchmark.scaledIterations {
            blackHole(ReadingLayout(article: article, width: 94))
        }
    }
}

/// A long article (Vietnamese and a little CJK, with quotes, speakers and entities) built in code.
enum RenderFrameFixture {
    static let sentences = [
        "Chính quyền thành phố cho biết kế hoạch mở rộng mạng lưới xe buýt điện sẽ được triển khai theo từng giai đoạn trong năm tới.",
        "Theo số liệu của Sở Giao thông, lượng hành khách trên các tuyến nội đô tăng đều qua từng quý.",
        "\"Chúng tôi muốn mỗi người dân đều có thể đi làm bằng phương tiện công cộng trong vòng ba mươi phút\", bà Nguyễn Thu Hà nói.",
        "Nhiều chuyên gia nhận định việc đầu tư vào hạ tầng sạc là điều kiện tiên quyết để chương trình thành công.",
        "Tại Đà Nẵng, một dự án thí điểm tương tự đã được khởi động từ tháng 3/2024 với hai mươi xe.",
        "東京都の担当者は「市民の声を聞きながら進めたい」と述べた。",
        "\"Giá vé sẽ được giữ nguyên ít nhất đến cuối năm\", ông Trần Minh Quân, phó giám đốc sở, khẳng định.",
    ]

    static func article(paragraphs: Int) -> Article {
        var blocks = [Block(.lede, sentences[0] + " " + sentences[1])]
        for index in 0..<paragraphs {
            if index % 12 == 11 { blocks.append(Block(.heading, "Phần \(index / 12 + 1): hạ tầng và hành khách")) }
            let start = index % sentences.count
            let text = (0..<4).map { sentences[(start + $0) % sentences.count] }.joined(separator: " ")
            blocks.append(Block(.paragraph, text))
        }
        var analysis = Analysis()
        for (number, block) in blocks.enumerated() {
            let scalars = Array(block.text.unicodeScalars)
            var position = 0
            while let open = scalars[position...].firstIndex(of: "\""),
                  let close = scalars[(open + 1)...].firstIndex(of: "\"") {
                let span = TextSpan(block: number, start: open + 1, end: close)
                analysis.quotes.append(Quote(text: String(String.UnicodeScalarView(scalars[(open + 1)..<close])),
                                             speaker: "Nguyễn Thu Hà", named: true, span: span))
                position = close + 1
            }
            for (name, kind) in [("Sở Giao thông", Entity.Kind.organization), ("Đà Nẵng", .place), ("tháng 3/2024", .date)] {
                if let span = find(name, in: scalars, block: number) {
                    analysis.entities.append(Entity(text: name, type: kind, canonical: name, span: span))
                }
            }
        }
        var article = Article(id: ArticleID(relativePath: "long.txt"), path: "long.txt",
                              title: "Thành phố mở rộng mạng lưới xe buýt điện: những điều cần biết", source: "Tin Phố",
                              blocks: blocks)
        article.analysis = analysis
        return article
    }

    static func find(_ needle: String, in scalars: [Unicode.Scalar], block: Int) -> TextSpan? {
        let target = Array(needle.unicodeScalars)
        guard scalars.count >= target.count else { return nil }
        for start in 0...(scalars.count - target.count) where scalars[start] == target[0] {
            if Array(scalars[start..<(start + target.count)]) == target {
                return TextSpan(block: block, start: start, end: start + target.count)
            }
        }
        return nil
    }

    /// The browser with the article open in the reading pane and a quote highlighted.
    static func state(size: Size) -> AppState {
        let article = article(paragraphs: 400)
        var state = AppState(articles: [article.summary], size: size)
        _ = reduce(&state, .key(.enter))
        _ = reduce(&state, .articleLoaded(article))
        _ = reduce(&state, .key(.character("]")))
        return state
    }
}
