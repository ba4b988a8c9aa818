import Testing
@testable import Lessons

/// course.yml's `repository`, `branch`, `url` and `lang`, which the site
/// uses for source links, canonical addresses and the page language.
@Suite struct CourseAddressTests {
    @Test func readsAddressesAndLanguage() throws {
        let folder = try LessonsFolder([
            "course.yml": "title: T\nrepository: https://github.com/someone/course/\nbranch: trunk\nurl: https://example.org/rnn\nlang: pt-BR\n",
            "01-a.md": "# A\n",
        ])
        let loaded = folder.load()
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        let config = try #require(loaded.course).config
        #expect(config.repository == "https://github.com/someone/course")
        #expect(config.branch == "trunk")
        #expect(config.url == "https://example.org/rnn/")
        #expect(config.lang == "pt-BR")
    }

    @Test func rejectsWhatIsNotAnAddressOrALanguage() throws {
        let folder = try LessonsFolder([
            "course.yml": "title: T\nrepository: github.com/someone/course\nurl: example.org\nlang: English\n",
            "01-a.md": "# A\n",
        ])
        #expect(folder.headlines() == [
            "course.yml:2:13: error: 'repository' must be a web address starting with https://",
            "course.yml:3:6: error: 'url' must be a web address starting with https://",
            "course.yml:4:7: error: 'English' is not a language tag",
        ])
    }
}
