import Testing
@testable import Lessons

/// course.yml's `url` and `lang`, which the site uses for canonical
/// addresses, the sitemap and the page language.
@Suite struct CourseAddressTests {
    @Test func readsAddressesAndLanguage() throws {
        let folder = try LessonsFolder([
            "course.yml": "title: T\nurl: https://example.org/rnn\nlang: pt-BR\n",
            "01-a.md": "# A\n",
        ])
        let loaded = folder.load()
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        let config = try #require(loaded.course).config
        #expect(config.url == "https://example.org/rnn/")
        #expect(config.lang == "pt-BR")
    }

    @Test func rejectsWhatIsNotAnAddressOrALanguage() throws {
        let folder = try LessonsFolder([
            "course.yml": "title: T\nurl: example.org\nlang: English\n",
            "01-a.md": "# A\n",
        ])
        #expect(folder.headlines() == [
            "course.yml:2:6: error: 'url' must be a web address starting with https://",
            "course.yml:3:7: error: 'English' is not a language tag",
        ])
    }
}
