import Testing
@testable import Site

/// Figures are numbered within their lesson ("Figure 2.1").
@Suite struct NumberingTests {
    @Test func figuresAreNumberedPerLesson() throws {
        let site = try ReaderCourse.render(courseYAML: "title: Gates\n")
        let second = try #require(site["02-second.html"])
        // Lesson 1's figure does not move lesson 2's: it is Figure 2.1, not Figure 2.
        #expect(try #require(site["01-first.html"]).contains("<span class=\"label\">Figure 1.1.</span>"))
        #expect(second.contains("<span class=\"label\">Figure 2.1.</span>"))
        #expect(second.contains("<a class=\"numref\" href=\"#second-plot\">Figure 2.1</a>"))
        #expect(try #require(site["manifest.json"]).contains("\"label\" : \"Figure 2.1\""))
    }
}
