import Testing
@testable import Site

/// Each figure says how to reproduce it; pages link to their source.
@Suite struct ReproduceTests {
    static let addressed = "title: Gates\nrepository: https://github.com/someone/gates\n"

    @Test func figuresSayHowToReproduceThem() throws {
        let site = try ReaderCourse.render(courseYAML: Self.addressed)
        let second = try #require(site["02-second.html"])
        #expect(second.contains("<details class=\"reproduce\">\n<summary>Reproduce</summary>"))
        #expect(second.contains("<pre><code>```{function-plot} second-plot\n:functions: [sigmoid, tanh]\nThe gates' squashing functions.\n```</code></pre>"))
        #expect(second.contains("href=\"https://github.com/someone/gates/blob/main/lessons/02-second.md#L14\""))
        #expect(second.contains("lessonrun lessons\nlessonrun verify lessons"))
        #expect(second.contains("<a href=\"data/second-plot.csv\"><code>data/second-plot.csv</code></a>"))
        #expect(second.contains("<a href=\"https://github.com/someone/gates/edit/main/lessons/02-second.md\">Edit this page</a>"))
        let run = try #require(site["run-this-course.html"])
        #expect(run.contains("git clone https://github.com/someone/gates\ncd gates"))
        #expect(run.contains("lessonrun verify lessons"))
        #expect(run.contains("id=\"what-verify-proves\""))
        #expect(try #require(site["index.html"]).contains("<a href=\"run-this-course.html\">Run this course yourself</a>"))
    }

    @Test func withoutARepositoryPagesNameTheirSourceFile() throws {
        let site = try ReaderCourse.render(courseYAML: "title: Gates\n")
        let second = try #require(site["02-second.html"])
        #expect(second.contains("Built from <code>lessons/02-second.md</code>"))
        #expect(!second.contains("Edit this page"))
        #expect(second.contains("<code>lessons/02-second.md</code>, line 14:"))
    }
}
