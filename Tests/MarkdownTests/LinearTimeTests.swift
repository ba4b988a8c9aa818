import Foundation
import Testing
@testable import Markdown

/// Parsing time grows with the size of a lesson, not with its square: 8 times the text
/// may take about 8 times as long, never 64 (the span protector once rebuilt its text
/// by appending scalars, copying the whole string on every line).
@Suite struct LinearTimeTests {
    static func lesson(bytes: Int) -> String {
        let chunk = "## Section\n\nThe state $h_t = \\tanh(W h_{t-1} + x_t)$ and *more* text [a](b.md).\n\n$$\nc_t = f_t c_{t-1}\n$$\n\n"
        return String(repeating: chunk, count: bytes / chunk.utf8.count)
    }

    static func seconds(_ text: String) -> Double {
        var best = Double.infinity
        for _ in 0..<2 {
            let start = Date()
            _ = MarkdownParser.parse(text)
            best = min(best, Date().timeIntervalSince(start))
        }
        return best
    }

    @Test func eightTimesTheTextIsNotSixtyFourTimesTheWork() {
        let small = Self.seconds(Self.lesson(bytes: 256 * 1024))
        let large = Self.seconds(Self.lesson(bytes: 2 * 1024 * 1024))
        #expect(large / max(small, 0.001) < 24, "256 KB: \(small) s, 2 MB: \(large) s")
    }
}
