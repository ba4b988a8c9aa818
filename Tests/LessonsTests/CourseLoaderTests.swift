import Foundation
import Testing
@testable import Lessons

/// A throwaway lessons folder.
final class LessonsFolder {
    let path: String

    init(_ files: [String: String]) throws {
        path = NSTemporaryDirectory() + "lessons-\(UUID().uuidString)"
        for (name, text) in files { try write(name, Data(text.utf8)) }
    }

    func write(_ name: String, _ data: Data) throws {
        let full = (path as NSString).appendingPathComponent(name)
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: full))
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func load() -> LoadResult { CourseLoader.load(path: path) }

    /// Diagnostics as `name:line:col: severity: message`, paths shortened to the file name.
    func headlines() -> [String] {
        var result = load()
        if let course = result.course { result.diagnostics += CourseChecks.run(course) }
        return result.diagnostics.sorted { $0.location < $1.location }.map { d in
            "\((d.location.path as NSString).lastPathComponent):\(d.location.line):\(d.location.column): \(d.severity.rawValue): \(d.message)"
        }
    }
}

@Suite struct CourseLoaderTests {
    @Test func frontMatterSetsTitleOrderSummaryMacros() throws {
        let folder = try LessonsFolder([
            "b.md": "---\ntitle: Second\norder: 2\nsummary: More.\nmacros: \\newcommand{\\v}{\\mathbf{v}}\n---\n# Heading\n",
            "a.md": "---\ntitle: \"First: the start\"\norder: 1\n---\ntext\n",
        ])
        let course = try #require(folder.load().course)
        #expect(course.lessons.map(\.title) == ["First: the start", "Second"])
        #expect(course.lessons.map(\.order) == [1, 2])
        #expect(course.lessons[1].summary == "More.")
        #expect(course.lessons[1].frontMatter.macros == "\\newcommand{\\v}{\\mathbf{v}}")
        #expect(folder.headlines().isEmpty)
    }

    @Test func withoutFrontMatterTitleFromHeadingOrderFromName() throws {
        let folder = try LessonsFolder([
            "10-later.md": "intro\n\n## The later lesson\n",
            "03-lstm.md": "# The LSTM cell\n",
            "notes.md": "no heading here\n",
        ])
        let course = try #require(folder.load().course)
        #expect(course.lessons.map(\.slug) == ["03-lstm", "10-later", "notes"])
        #expect(course.lessons.map(\.title) == ["The LSTM cell", "The later lesson", "notes"])
        #expect(course.lessons.map(\.order).prefix(2) == [3, 10])
    }

    @Test func frontMatterKeepsLineNumbers() throws {
        let folder = try LessonsFolder(["a.md": "---\ntitle: A\n---\n\n$$ x\n"])
        #expect(folder.headlines() == ["a.md:5:1: error: display math '$$' is never closed"])
    }

    @Test func courseConfig() throws {
        let folder = try LessonsFolder([
            "course.yml": "title: Recurrent nets\nauthor: Ada\nlicense: CC BY 4.0\ncredits:\n  - colah\n  - E. Chen\nmacros: m.tex\n",
            "m.tex": "\\newcommand{\\x}{\\mathbf{x}}\n",
            "a.md": "# A\n",
            "img/p.png": "png",
        ])
        let course = try #require(folder.load().course)
        #expect(course.config.title == "Recurrent nets")
        #expect(course.config.author == "Ada")
        #expect(course.config.license == "CC BY 4.0")
        #expect(course.config.credits == ["colah", "E. Chen"])
        #expect(course.macros?.text == "\\newcommand{\\x}{\\mathbf{x}}\n")
        #expect(course.assets == ["img/p.png"])
    }

    // MARK: Bad input, each with its exact location and message

    @Test func unknownFrontMatterKey() throws {
        let folder = try LessonsFolder(["a.md": "---\ntitle: A\nsumary: x\n---\n"])
        #expect(folder.headlines() == ["a.md:3:1: error: unknown key 'sumary'"])
        let d = try #require(folder.load().diagnostics.first)
        #expect(d.hint?.hasPrefix("did you mean 'summary'?") == true)
    }

    @Test func frontMatterWrongType() throws {
        let folder = try LessonsFolder(["a.md": "---\norder: three\n---\n"])
        #expect(folder.headlines() == ["a.md:2:8: error: 'order' must be an integer"])
    }

    @Test func frontMatterNeverClosed() throws {
        let folder = try LessonsFolder(["a.md": "---\ntitle: A\n# text\n"])
        #expect(folder.headlines() == ["a.md:1:1: error: front matter is never closed"])
    }

    @Test func frontMatterInvalidYAML() throws {
        let folder = try LessonsFolder(["a.md": "---\ntitle: A\norder: [1, 2\n---\n"])
        let lines = folder.headlines()
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("a.md:4:1: error: front matter is not valid YAML") == true)
    }

    @Test func frontMatterDuplicateKey() throws {
        let folder = try LessonsFolder(["a.md": "---\ntitle: A\ntitle: B\n---\n"])
        #expect(folder.headlines().first?.hasPrefix("a.md:") == true)
        #expect(folder.headlines().count == 1)
    }

    @Test func frontMatterNotAMapping() throws {
        let folder = try LessonsFolder(["a.md": "---\n- a\n- b\n---\n"])
        #expect(folder.headlines() == ["a.md:2:1: error: front matter must be a mapping of keys to values"])
    }

    @Test func invalidUTF8() throws {
        let folder = try LessonsFolder([:])
        try folder.write("a.md", Data("# Title\nab".utf8) + Data([0xC3, 0x28]) + Data("\n".utf8))
        #expect(folder.headlines() == ["a.md:2:3: error: invalid UTF-8 (byte 0xC3)"])
    }

    @Test func binaryFile() throws {
        let folder = try LessonsFolder([:])
        try folder.write("a.md", Data([0x89, 0x50, 0x4E, 0x47]))
        try folder.write("b.md", Data("ok\n\u{0}".utf8))
        #expect(folder.headlines() == [
            "a.md:1:1: error: invalid UTF-8 (byte 0x89)",
            "b.md:2:1: error: this looks like a binary file (it contains a NUL byte), not a Markdown lesson",
        ])
    }

    @Test func unknownCourseKey() throws {
        let folder = try LessonsFolder(["course.yml": "title: T\nauthors: me\n", "a.md": "# A\n"])
        #expect(folder.headlines() == ["course.yml:2:1: error: unknown key 'authors'"])
    }

    @Test func creditsMustBeStrings() throws {
        let folder = try LessonsFolder(["course.yml": "credits:\n  a: b\n", "a.md": "# A\n"])
        #expect(folder.headlines() == ["course.yml:2:3: error: 'credits' must be a list of strings"])
    }

    @Test func missingMacrosFile() throws {
        let folder = try LessonsFolder(["course.yml": "macros: nope.tex\n", "a.md": "# A\n"])
        #expect(folder.headlines() == ["course.yml:1:1: error: the macros file 'nope.tex' cannot be read: cannot read file"])
    }

    @Test func linkToMissingLessonAndImage() throws {
        let folder = try LessonsFolder([
            "a.md": "# A\n\nGo [on](b.md) or [back](x.md#top).\n\n![plot](img/missing.png)\n",
            "b.md": "# B\n",
        ])
        #expect(folder.headlines() == [
            "a.md:3:25: error: lesson 'x.md' not found",
            "a.md:5:9: error: image 'img/missing.png' not found",
        ])
    }

    @Test func emptyFolder() throws {
        let folder = try LessonsFolder(["notes.txt": "x"])
        #expect(folder.headlines().map { $0.hasSuffix("error: no lessons (*.md files) in this folder") } == [true])
    }
}
