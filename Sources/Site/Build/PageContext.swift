import Lessons
import Markdown
import Runner

/// What a page's renderer needs beyond Markdown: formulas, roles and
/// directives with their results.
struct PageContext {
    var lesson: Lesson
    var course: PreparedCourse
    var results: CourseResults
    var figures: FigureIndex
    let output: RenderOutput

    /// MathML of the page's formulas by position, from the math pass.
    var math: [SourcePositionKey: String] { course.math[lesson.source.path] ?? [:] }

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
        let (resolved, _) = course.checked.directives.checkRole(role, path: lesson.source.path)
        switch resolved {
        case .numref(let name)?:
            guard let entry = figures.byName[name] else { return name.htmlEscaped }
            let page = entry.page == lesson.pageName ? "" : entry.page
            return "<a class=\"numref\" href=\"\(URLText.encodingFileName(page).htmlEscaped)#\(entry.anchor.htmlEscaped)\">\(entry.text)</a>"
        case .result(let reference)?:
            guard case .experiment(let result)? = results.results[reference.experiment],
                  reference.modelIndex < result.models.count else {
                return "<span class=\"result\">n/a</span>"
            }
            let metrics = ModelMetrics(result.models[reference.modelIndex], baseline: result.task.baseline)
            let title = "\(reference.metric.rawValue) of \(reference.modelLabel) in \(reference.experiment)"
            return "<span class=\"result\" title=\"\(title.htmlEscaped)\">\(metrics.inline(reference.metric).htmlEscaped)</span>"
        case nil:
            return "<code>{\(role.name.htmlEscaped)}\(role.content.htmlEscaped)</code>"
        }
    }

    func directiveHTML(_ code: CodeBlock) -> String? {
        guard code.isFenced else { return nil }
        guard let directive = course.checked.directives.directive(fencedAt: lesson.source.path, line: code.infoPosition.line),
              let entry = figures.byBlock[FigureIndex.BlockKey(path: lesson.source.path, line: code.infoPosition.line)]
        else { return nil }
        let renderer = DirectiveRenderer(
            directive: directive, entry: entry, results: results, directives: course.checked.directives,
            captionHTML: captionHTML(directive.caption), output: output)
        return renderer.render()
    }

    /// The caption's Markdown as inline HTML, its formulas placed in the lesson.
    func captionHTML(_ caption: Caption?) -> String {
        guard let caption else { return "" }
        let mathInCaption: (MathSpan) -> String = { span in
            var placed = span
            placed.position = CaptionText.place(span.position, in: caption)
            return mathHTML(placed)
        }
        let inline = InlineRenderer(math: mathInCaption, role: roleHTML)
        return MarkdownParser.parse(caption.text).blocks.compactMap { block -> String? in
            if case .paragraph(let content) = block { return inline.render(content) }
            return nil
        }.joined(separator: " ")
    }
}
