import Markdown

/// One lesson: its source, front matter and parsed Markdown.
public struct Lesson: Sendable, Hashable {
    public var source: SourceFile
    /// The file name without `.md`; the page is `slug.html`.
    public var slug: String
    public var title: String
    public var order: Int
    public var summary: String?
    public var frontMatter: FrontMatter
    public var document: Document

    public var pageName: String { slug + ".html" }

    /// Builds a lesson from its file: front matter first, then Markdown. The
    /// title falls back to the first heading, the order to the number the
    /// file name starts with (`03-lstm.md` is 3).
    static func make(_ file: SourceFile, fileName: String) -> (Lesson, [Diagnostic]) {
        let (matter, body, diagnostics) = FrontMatter.split(file)
        let document = MarkdownParser.parse(body)
        var all = diagnostics
        all += document.problems.map { problem in
            let message = problem.message + (problem.unknownWord.map { DidYouMean.clause(for: $0, among: problem.candidates) } ?? "")
            let severity: Diagnostic.Severity = problem.severity == .warning ? .warning : .error
            return Diagnostic(severity, at: file.location(problem.position.line, problem.position.column), message,
                              hint: problem.hint, length: problem.severity == .warning ? 1 : 2)
        }
        let slug = fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
        let title = matter.title ?? document.blocks.lazy.compactMap { block -> String? in
            if case .heading(_, let content, _) = block { content.plainText } else { nil }
        }.first ?? slug
        let digits = slug.prefix { $0.isASCII && $0.isNumber }
        let order = matter.order ?? Int(digits) ?? Int.max
        let lesson = Lesson(source: file, slug: slug, title: title, order: order, summary: matter.summary,
                            frontMatter: matter, document: document)
        return (lesson, all)
    }
}
