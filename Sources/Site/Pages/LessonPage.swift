import Lessons
import Markdown

/// One lesson's page: outline, body, previous/next links.
struct LessonPage {
    var course: Course
    var index: Int
    var inline: InlineRenderer
    var directive: (CodeBlock) -> String?
    /// The generated list of the works the lesson cites ("" when none).
    var references: String = ""

    var lesson: Lesson { course.lessons[index] }

    func render() -> String {
        var renderer = BlockRenderer(inline: inline, directive: directive)
        var body = "<article>\n"
        let hasTitleHeading = lesson.document.blocks.contains { if case .heading(1, _, _) = $0 { true } else { false } }
        if !hasTitleHeading { body += "<h1>\(lesson.title.htmlEscaped)</h1>\n" }
        body += renderer.renderDocument(lesson.document.blocks)
        body += references
        body += SourceLinks(course: course, lesson: lesson).html()
        body += "</article>\n" + pager()
        let crumb = "Lesson \(index + 1) of \(course.lessons.count)"
        var sections = renderer.outline
        if !references.isEmpty { sections.append(.init(level: 2, anchor: "references", title: "References")) }
        let meta = PageMeta(title: lesson.title, crumb: crumb, path: lesson.pageName, description: lesson.summary,
                            scripts: sections.isEmpty ? [] : [SiteScripts.outlineFile])
        return PageLayout(course: course.config).page(meta, outline: outline(sections), body: body)
    }

    private func outline(_ sections: [BlockRenderer.Section]) -> String {
        guard !sections.isEmpty else { return "<nav class=\"outline\" aria-label=\"On this page\"></nav>\n" }
        var html = "<nav class=\"outline\" aria-label=\"On this page\">\n<h2>On this page</h2>\n<ol>\n"
        for section in sections {
            html += "<li\(section.level > 2 ? " class=\"sub\"" : "")><a href=\"#\(section.anchor)\">\(section.title.htmlEscaped)</a></li>\n"
        }
        return html + "</ol>\n</nav>\n"
    }

    private func pager() -> String {
        var html = "<nav class=\"pager\" aria-label=\"Lessons\">\n"
        if index > 0 {
            let prev = course.lessons[index - 1]
            html += "<a class=\"prev\" rel=\"prev\" href=\"\(URLText.encodingFileName(prev.pageName).htmlEscaped)\"><small>Previous</small>\(prev.title.htmlEscaped)</a>\n"
        } else {
            html += "<a class=\"prev\" href=\"index.html\"><small>Contents</small>\(course.config.title.htmlEscaped)</a>\n"
        }
        if index + 1 < course.lessons.count {
            let next = course.lessons[index + 1]
            html += "<a class=\"next\" rel=\"next\" href=\"\(URLText.encodingFileName(next.pageName).htmlEscaped)\"><small>Next</small>\(next.title.htmlEscaped)</a>\n"
        }
        return html + "</nav>\n"
    }
}
