import Testing
@testable import Site

/// On a phone a figure keeps its natural size in a frame that scrolls, and opens alone.
@Suite struct PhoneLayoutTests {
    @Test func figuresKeepTheirSizeInAFrameAndOpenAlone() throws {
        let site = try ReaderCourse.render(courseYAML: "title: Gates\n")
        let second = try #require(site["02-second.html"])
        #expect(second.contains("<div class=\"figure-scroll\" style=\"--natural-width:"))
        #expect(second.contains("<p class=\"scroll-cue\">"))
        #expect(second.contains("<span class=\"alone\"> · <a href=\"figures/second-plot.html\">open alone</a></span>"))
        let alone = try #require(site["figures/second-plot.html"])
        #expect(alone.contains("<link rel=\"stylesheet\" href=\"../style.css\">"))
        #expect(alone.contains("<a href=\"../02-second.html#second-plot\">Back to “Second”</a>"))
        #expect(alone.contains("<svg"))
        #expect(try #require(site["style.css"]).contains(".figure-scroll > svg { min-width: var(--natural-width, 0); }"))
    }

    @Test func wideFormulasScrollInTheirOwnFrame() throws {
        let site = try ReaderCourse.render(courseYAML: "title: Gates\n")
        #expect(try #require(site["02-second.html"]).contains("<span class=\"math-scroll\"><math"))
        #expect(try #require(site["style.css"]).contains(".math-scroll > math { width: max-content; min-width: 100%; }"))
    }
}
