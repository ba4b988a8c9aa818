import Lessons
import Markdown
import TeXMath

/// Converts every formula of a course to MathML before anything renders, so
/// that a bad formula is an error at check time, located in the lesson.
///
/// Macros stack per page: built-ins, then the course's macros file, then the
/// lesson's front matter, then `\newcommand`s in the page's own formulas,
/// which hold from there to the end of the page.
struct MathPass {
    /// MathML by lesson path and formula position; "" for a formula that only
    /// defines macros.
    private(set) var rendered: [String: [SourcePosition: String]] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    init(course: Course, directives: CourseDirectives) {
        let converter = MathConverter()
        var courseMacros = MacroTable.builtIn
        if let file = course.macros {
            do {
                try courseMacros.define(contentsOf: file.text)
            } catch {
                let (line, column) = error.location(formulaLine: 1, formulaColumn: 1)
                diagnostics.append(Self.diagnostic(error, at: file.location(line, column)))
            }
        }
        for lesson in course.lessons {
            var macros = courseMacros
            if let definitions = lesson.frontMatter.macros, let start = lesson.frontMatter.macrosLocation {
                do {
                    try macros.define(contentsOf: definitions)
                } catch {
                    // A block scalar starts on the line after `macros: |`.
                    let blockStart = definitions.contains("\n") ? start.line + 1 : start.line
                    let (line, column) = error.location(formulaLine: blockStart, formulaColumn: start.column)
                    diagnostics.append(Self.diagnostic(error, at: lesson.source.location(line, column)))
                }
            }
            var page: [SourcePosition: String] = [:]
            for span in Self.spans(in: lesson.document.blocks, path: lesson.source.path, directives: directives) {
                do {
                    page[span.position] = try converter.convert(span.tex, display: span.display, macros: &macros) ?? ""
                } catch {
                    let (line, column) = error.location(formulaLine: span.position.line, formulaColumn: span.position.column)
                    diagnostics.append(Self.diagnostic(error, at: lesson.source.location(line, column)))
                }
            }
            rendered[lesson.source.path] = page
        }
    }

    static func diagnostic(_ error: MathError, at location: SourceLocation) -> Diagnostic {
        .error(at: location, error.message, hint: error.hint.isEmpty ? nil : error.hint, length: max(1, error.length))
    }

    /// Every math span of the blocks, in reading order, directive captions
    /// included (with their positions in the lesson).
    static func spans(in blocks: [Block], path: String, directives: CourseDirectives) -> [MathSpan] {
        Block.leaves(of: blocks).flatMap { leaf -> [MathSpan] in
            switch leaf {
            case .inlines(let run): spans(in: run)
            case .code(let code): captionSpans(code, path: path, directives: directives)
            }
        }
    }

    /// The formulas of a directive's caption, placed in the lesson.
    static func captionSpans(_ code: CodeBlock, path: String, directives: CourseDirectives) -> [MathSpan] {
        guard code.isFenced, let caption = directives.directive(fencedAt: path, line: code.infoPosition.line)?.caption else {
            return []
        }
        // A caption is prose: its formulas are in its inline runs.
        return spans(in: Block.inlines(of: MarkdownParser.parse(caption.text).blocks)).map { span in
            var placed = span
            placed.position = CaptionText.place(span.position, in: caption)
            return placed
        }
    }

    static func spans(in inlines: [Inline]) -> [MathSpan] {
        Inline.all(in: inlines).compactMap { inline in
            if case .math(let span) = inline { return span }
            return nil
        }
    }
}
