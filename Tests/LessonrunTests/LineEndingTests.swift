import Foundation
import Testing

/// Lessons saved with Windows (`\r\n`) or classic Mac (`\r`) line breaks read exactly like `\n` ones.
@Suite struct LineEndingTests {
    static let lesson = ["---", "title: Line breaks", "order: 1", "---", "# Heading", "",
                         "Some text with $x^2$.", "", "## Second"]

    @Test(arguments: ["\r\n", "\r"])
    func frontMatterAndHeadings(_ newline: String) throws {
        let ws = try Workspace()
        try ws.write("lessons/01-a.md", Self.lesson.joined(separator: newline) + newline)
        let run = try Binary.run(["lessons"], in: ws.url)
        #expect(run.status == 0, "\(run.stderr)")
        let page = try #require(ws.read("output/01-a.html"))
        #expect(page.contains("<title>Line breaks"))
        #expect(!page.contains("<hr"))
        #expect(!page.contains("title: Line breaks"))
        #expect(!page.contains("\r"))
        #expect(page.contains("id=\"second\""))
    }

    @Test(arguments: ["\r\n", "\r"])
    func errorsAreOnTheirLine(_ newline: String) throws {
        let ws = try Workspace()
        var lines = Self.lesson
        lines[6] = "Some text with $\\frac{1}$."
        lines[1] = "titel: Line breaks"
        try ws.write("lessons/01-a.md", lines.joined(separator: newline) + newline)
        let run = try Binary.run(["check", "lessons"], in: ws.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("lessons/01-a.md:7:"), "\(run.stderr)")
        #expect(run.stderr.contains("lessons/01-a.md:2:1: error: unknown key 'titel'"), "\(run.stderr)")
        // The quoted source line is that line only, not the whole file.
        #expect(!run.stderr.contains("## Second"))
        #expect(!run.stderr.contains("\r"))
    }
}
