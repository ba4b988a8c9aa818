import Testing
@testable import Site

/// Full-text search built with the site, loaded by script tags so it works from file://.
@Suite struct SearchTests {
    @Test func searchIndexCoversEverySectionAndWorksWithoutFetch() throws {
        let site = try ReaderCourse.render(courseYAML: "title: Gates\n")
        let index = try #require(site["search-index.js"])
        #expect(index.hasPrefix("window.lessonrunSearch = ["))
        #expect(index.contains("{\"anchor\":\"the-forget-gate\",\"lesson\":\"Lesson 2 · Second\",\"page\":\"02-second.html\""))
        #expect(index.contains("\"title\":\"Counting\""))
        #expect(index.contains("The cell state counts brackets."))
        #expect(index.contains("Figure 2.1. The gates' squashing functions."))
        let page = try #require(site["search.html"])
        #expect(page.contains("<script src=\"search-index.js\" defer></script>\n<script src=\"search.js\" defer></script>"))
        #expect(page.contains("<noscript>"))
        let script = try #require(site["search.js"])
        #expect(script.contains("window.lessonrunSearch"))
        #expect(!script.contains("fetch("))
        let second = try #require(site["02-second.html"])
        #expect(second.contains("<form class=\"search-form\" role=\"search\" action=\"search.html\">"))
        #expect(second.contains("<script src=\"outline.js\" defer></script>"))
    }
}
