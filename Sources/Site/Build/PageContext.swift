import Lessons
import Markdown

/// What a page's renderer needs beyond Markdown: math, roles and directives.
struct PageContext {
    var lesson: Lesson
    var course: Course
    /// MathML of the page's formulas by position, from the math pass.
    var math: [SourcePositionKey: String]
    let diagnostics = DiagnosticSink()

    var inlineRenderer: InlineRenderer {
        InlineRenderer(math: mathHTML, role: roleHTML)
    }

    func mathHTML(_ span: MathSpan) -> String {
        if let mathML = math[SourcePositionKey(span.position)] { return mathML }
        // Every formula went through the math pass; one missing from it is
        // shown as its source rather than lost.
        return "<code class=\"math-source\">\(span.tex.htmlEscaped)</code>"
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
