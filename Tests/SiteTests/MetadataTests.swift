import Testing
@testable import Site

/// Description, Open Graph, canonical links, sitemap, language, skip link and print styles.
@Suite struct MetadataTests {
    static let addressed = "title: Gates\nurl: https://example.org/gates/\nlang: en-GB\n"

    @Test func pagesCarryMetadataWhenTheCourseGivesItsAddress() throws {
        let site = try ReaderCourse.render(courseYAML: Self.addressed)
        let second = try #require(site["02-second.html"])
        #expect(second.contains("<html lang=\"en-GB\">"))
        #expect(second.contains("<meta name=\"description\" content=\"Gates, and &quot;why&quot; they work.\">"))
        #expect(second.contains("<meta property=\"og:title\" content=\"Second · Gates\">"))
        #expect(second.contains("<meta property=\"og:url\" content=\"https://example.org/gates/02-second.html\">"))
        #expect(second.contains("<link rel=\"canonical\" href=\"https://example.org/gates/02-second.html\">"))
        #expect(second.contains("<a class=\"skip-link\" href=\"#main\">Skip to the content</a>"))
        #expect(second.contains("<main id=\"main\">"))
        let sitemap = try #require(site["sitemap.xml"])
        #expect(sitemap.contains("<loc>https://example.org/gates/</loc>"))
        #expect(sitemap.contains("<loc>https://example.org/gates/02-second.html</loc>"))
        #expect(!sitemap.contains("figures/"))
    }

    @Test func withoutAnAddressThereIsNoSitemapNorCanonicalLink() throws {
        let site = try ReaderCourse.render(courseYAML: "title: Gates\n")
        #expect(site["sitemap.xml"] == nil)
        let second = try #require(site["02-second.html"])
        #expect(second.contains("<html lang=\"en\">"))
        #expect(!second.contains("rel=\"canonical\""))
    }

    @Test func printingHidesTheScreensTools() throws {
        let css = try #require(ReaderCourse.render(courseYAML: "title: Gates\n")["style.css"])
        #expect(css.contains("@media print {\n  :root { color-scheme: light;"))
        #expect(css.contains(".figure-scroll > svg { min-width: 0; }"))
    }
}
