import Foundation
import Testing

@Suite struct NewCommandTests {
    @Test func aNewLessonChecksAndBuilds() throws {
        let ws = try Workspace()
        let new = try Binary.run(["new", "lessons/09-my-topic.md"], in: ws.url)
        #expect(new.status == 0, "\(new.stderr)")
        #expect(new.stderr.contains("wrote lessons/09-my-topic.md"))
        let text = try #require(ws.read("lessons/09-my-topic.md"))
        #expect(text.hasPrefix("---\ntitle: My topic\nsummary: "))
        #expect(text.contains("```{experiment} my-topic-adding\n:task: adding(length: 20)\n"))
        #expect(text.contains("```{function-plot} my-topic-squash\n:functions: [sigmoid, tanh]\n"))

        let check = try Binary.run(["check", "lessons"], in: ws.url)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(!check.stderr.contains("error:"))
        let build = try Binary.run(["lessons"], in: ws.url)
        #expect(build.status == 0, "\(build.stderr)")
        let page = try #require(ws.read("output/09-my-topic.html"))
        #expect(page.contains("<h1"))
        #expect(page.contains("My topic"))
        #expect(page.contains("Try it"))
    }

    @Test func aNewLessonJoinsACourse() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        let new = try Binary.run(["new", "lessons/03-gates.md", "--title", "Gates: a soft if"], in: ws.url)
        #expect(new.status == 0, "\(new.stderr)")
        #expect(ws.read("lessons/03-gates.md")?.hasPrefix("---\ntitle: \"Gates: a soft if\"\n") == true)
        #expect(try Binary.run(["check", "lessons"], in: ws.url).status == 0)
        let build = try Binary.run(["lessons"], in: ws.url)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(ws.read("output/index.html")?.contains("Gates: a soft if") == true)
    }

    @Test func refusesToOverwrite() throws {
        let ws = try Workspace()
        try ws.write("lessons/09-mine.md", "# Mine\n")
        let run = try Binary.run(["new", "lessons/09-mine.md"], in: ws.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: lessons/09-mine.md already exists"))
        #expect(ws.read("lessons/09-mine.md") == "# Mine\n")
    }

    @Test func usesTheCoursesMacros() throws {
        let ws = try Workspace()
        try ws.write("lessons/course.yml", "title: T\nmacros: macros.tex\n")
        try ws.write("lessons/macros.tex", "\\newcommand{\\h}{\\mathbf{h}}\n\\newcommand{\\x}{\\mathbf{x}}\n\\newcommand{\\W}{\\mathbf{W}}\n\\newcommand{\\b}{\\mathbf{b}}\n\\newcommand\\tp{{(t)}}\n")
        #expect(try Binary.run(["new", "lessons/01-gates.md"], in: ws.url).status == 0)
        let text = try #require(ws.read("lessons/01-gates.md"))
        #expect(text.contains("$\\h_\\tp = \\tanh"))
        #expect(try Binary.run(["check", "lessons"], in: ws.url).status == 0)
        #expect(try Binary.run(["new", "other/01-plain.md"], in: ws.url).status == 0)
        #expect(ws.read("other/01-plain.md")?.contains("$h_t = \\tanh(W x_t") == true, "no course, no macros")
    }
}
