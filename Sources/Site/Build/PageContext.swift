import Lessons
import Markdown

/// What a page's renderer needs beyond Markdown: math, roles and directives.
struct PageContext {
    var lesson: Lesson
    var course: Course
    let diagnostics = DiagnosticSink()

    var inlineRenderer: InlineRenderer {
        InlineRenderer(math: mathHTML, role: roleHTML)
    }

    func mathHTML(_ math: MathSpan) -> String {
        let kind = math.display ? "math-source display" : "math-source"
        return "<span class=\"\(kind)\" data-tex=\"\(math.tex.htmlEscaped)\">\(math.tex.htmlEscaped)</span>"
    }

    func roleHTML(_ role: Role) -> String {
        "<code>{\(role.name.htmlEscaped)}\(role.content.htmlEscaped)</code>"
    }

    func directiveHTML(_ code: CodeBlock) -> String? {
        guard code.info.hasPrefix("{") else { return nil }
        let location = lesson.source.location(code.infoPosition.line, code.infoPosition.column)
        diagnostics.add(.warning(at: location, "directive '\(code.info)' was not executed",
                                 hint: "running directives is not implemented yet; the page shows a placeholder",
                                 length: code.info.unicodeScalars.count))
        return """
        <div class="directive" role="note">
        <p class="status">Not executed yet: <code>\(code.info.htmlEscaped)</code></p>
        <pre><code>\(code.code.htmlEscaped)</code></pre>
        </div>

        """
    }
}
