import Feeds
import Foundation
import Testing

/// libxml2 prints errors on stderr unless told otherwise; on a curses screen that is corruption.
@Suite struct QuietnessTests {
    @Test func brokenFeedsPrintNothingOnStandardError() throws {
        let capture = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: capture.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: capture) }
        let saved = dup(2)
        let file = open(capture.path, O_WRONLY)
        dup2(file, 2)
        for input in ["<rss><channel><item><title>a &nbsp; & <b>x</i></title>", "<feed xmlns='http://www.w3.org/2005/Atom'><entry>",
                      "<?xml version='1.0' encoding='bogus-42'?><rss/>", "<rss>\u{1}</rss><extra/>", "<a:b xmlns:c='x'/>",
                      "<!DOCTYPE rss [<!ENTITY x SYSTEM 'file:///etc/passwd'>]><rss>&x;</rss>"] {
            _ = try? FeedParser.parse(Data(input.utf8))
        }
        fflush(nil)
        dup2(saved, 2)
        close(saved)
        close(file)
        // (Other suites run meanwhile in this process and may write to the same descriptor: what must not
        // be there is libxml2's own report, `Entity: line 1: parser error : ...`.)
        let written = try String(contentsOf: capture, encoding: .utf8)
        #expect(!written.contains("parser error") && !written.contains("Entity: line") && !written.contains("namespace error"),
                "\(written)")
    }
}
