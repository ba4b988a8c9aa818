import Foundation
import Lessons
import Markdown
import Runner

/// What a page's renderer needs beyond Markdown: formulas, roles and
/// directives with their results.
struct PageContext {
    var lesson: Lesson
    var checked: CheckedCourse
    /// MathML of the page's formulas by position, from the math check.
    var math: [SourcePosition: String]
    var results: CourseResults
    var figures: FigureIndex
    let output: RenderOutput

    var inlineRenderer: InlineRenderer {
        InlineRenderer(math: mathHTML, role: roleHTML)
    }

    func mathHTML(_ span: MathSpan) -> String {
        if let mathML = math[span.position] {
            // A display formula wider than the column scrolls in its own frame.
            let framed = span.display ? "<span class=\"math-scroll\">\(mathML)</span>" : mathML
            guard let equation = checked.equations.equation(at: span.position, path: lesson.source.path) else { return framed }
            let id = equation.anchor.map { " id=\"\($0.htmlEscaped)\"" } ?? ""
            return "<span class=\"equation\"\(id)>\(framed)<span class=\"equation-number\">\(equation.text.htmlEscaped)</span></span>"
        }
        // Every formula went through the math check; one missing from it is
        // shown as its source rather than lost.
        return "<code class=\"math-source\">\(span.tex.htmlEscaped)</code>"
    }

    /// Citations of this page, when the course has a bibliography.
    var citations: CitationHTML? {
        checked.course.bibliography.map { CitationHTML(bibliography: $0, cited: checked.cited[lesson.source.path] ?? []) }
    }

    func roleHTML(_ role: Role) -> String {
        if let form = Citations.form(ofRole: role.name) {
            let location = SourceLocation(path: lesson.source.path, line: role.contentPosition.line, column: role.contentPosition.column)
            guard let citations, let keys = Citations.check(content: role.content, at: location, in: citations.bibliography).keys else {
                return "<code>{\(role.name.htmlEscaped)}\(role.content.htmlEscaped)</code>"
            }
            return citations.citation(keys, form: form)
        }
        if role.name == "eq" {
            guard let equation = checked.equations.equation(labelled: role.content.trimmingCharacters(in: .whitespaces)),
                  let anchor = equation.anchor else { return "<code>\(role.content.htmlEscaped)</code>" }
            let page = equation.page == lesson.pageName ? "" : equation.page
            return "<a class=\"eqref\" href=\"\(page.htmlEscaped)#\(anchor.htmlEscaped)\">\(equation.text.htmlEscaped)</a>"
        }
        let (resolved, _) = checked.directives.checkRole(role, path: lesson.source.path)
        switch resolved {
        case .numref(let name)?:
            guard let entry = figures.byName[name] else { return name.htmlEscaped }
            let page = entry.page == lesson.pageName ? "" : entry.page
            return "<a class=\"numref\" href=\"\(URLText.encodingFileName(page).htmlEscaped)#\(entry.anchor.htmlEscaped)\">\(entry.text)</a>"
        case .result(let reference)?:
            guard case .experiment(let result)? = results.results[reference.experiment],
                  case .experiment(let experiment)? = checked.directives.directive(named: reference.experiment)?.content,
                  reference.modelIndex < result.models.count else {
                return "<span class=\"result\">n/a</span>"
            }
            let outcomes = ExperimentOutcomes(result, experiment: experiment)
            let metrics = ModelMetrics(outcomes.models[reference.modelIndex])
            let title = "\(reference.metric.rawValue) of \(reference.modelLabel) in \(reference.experiment), over \(outcomes.models[reference.modelIndex].seeds.count) seeds"
            return "<span class=\"result\" title=\"\(title.htmlEscaped)\">\(metrics.text(reference.metric).htmlEscaped)</span>"
        case .claim(let name)?:
            guard let entry = figures.byName[name] else { return name.htmlEscaped }
            let page = entry.page == lesson.pageName ? "" : entry.page
            let holds = results.claims[name]?.holds == true
            let mark = holds ? "✓" : "✗"
            let title = holds ? "checked by the build: holds" : "does not hold for these runs"
            return "<a class=\"claim-ref \(holds ? "holds" : "fails")\" href=\"\(page.htmlEscaped)#\(entry.anchor.htmlEscaped)\" title=\"\(title)\">\(entry.text) \(mark)</a>"
        case nil:
            return "<code>{\(role.name.htmlEscaped)}\(role.content.htmlEscaped)</code>"
        }
    }

    func directiveHTML(_ code: CodeBlock) -> String? {
        guard code.isFenced else { return nil }
        guard let directive = checked.directives.directive(fencedAt: lesson.source.path, line: code.infoPosition.line),
              let entry = figures.byBlock[FigureIndex.BlockKey(path: lesson.source.path, line: code.infoPosition.line)]
        else { return nil }
        let renderer = DirectiveRenderer(
            directive: directive, entry: entry, results: results, directives: checked.directives,
            captionHTML: captionHTML(directive.caption), output: output,
            written: written(fencedAt: code.infoPosition.line))
        return renderer.render()
    }

    /// What search finds in a directive: its label and caption.
    func directiveSearchText(_ code: CodeBlock) -> String? {
        guard code.isFenced,
              let directive = checked.directives.directive(fencedAt: lesson.source.path, line: code.infoPosition.line)
        else { return nil }
        let label = figures.byBlock[FigureIndex.BlockKey(path: lesson.source.path, line: code.infoPosition.line)]?.text
        return [label.map { $0 + "." }, directive.caption?.text].compactMap { $0 }.joined(separator: " ")
    }

    func written(fencedAt line: Int) -> WrittenDirective {
        let links = RepositoryLinks(course: checked.course)
        let file = links.path(of: lesson)
        return WrittenDirective(text: WrittenDirective.read(lesson.source, fenceLine: line), file: file, line: line,
                                sourceLink: links.source(file, line: line), folder: links.folder, page: lesson.pageName)
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
