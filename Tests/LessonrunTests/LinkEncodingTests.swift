import Foundation
import Testing

/// Links to files whose names hold spaces, `#`, `?` or `%` are percent-encoded.
@Suite struct LinkEncodingTests {
    @Test func specialFileNames() throws {
        let ws = try Workspace()
        try ws.write("lessons/01-a.md", """
        # First

        See {numref}`curve` and ![a dot](<my dot %231.svg>) and [the third](<02 b%25.md>).

        """)
        try ws.write("lessons/02 b #2 50%?.md", """
        # Second

        ```{function-plot} curve
        :functions: [sigmoid]
        A curve.
        ```

        """)
        try ws.write("lessons/02 b%.md", "# Third\n")
        try ws.write("lessons/my dot #1.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        let run = try Binary.run(["lessons"], in: ws.url)
        #expect(run.status == 0, "\(run.stderr)")
        let index = try #require(ws.read("output/index.html"))
        #expect(index.contains("href=\"02%20b%20%232%2050%25%3F.html\""))
        #expect(ws.exists("output/02 b #2 50%?.html"))
        let first = try #require(ws.read("output/01-a.html"))
        #expect(first.contains("href=\"02%20b%20%232%2050%25%3F.html#curve\""), "\(first)")
        #expect(first.contains("src=\"my%20dot%20%231.svg\""), "\(first)")
        #expect(first.contains("href=\"02%20b%25.html\""), "\(first)")
        #expect(ws.exists("output/my dot #1.svg"))
    }
}
