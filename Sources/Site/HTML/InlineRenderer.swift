import Lessons
import Markdown

/// Renders inline Markdown to HTML. Math and roles are delegated to the
/// page's renderer, which knows macros, figures and results.
struct InlineRenderer {
    var math: (MathSpan) -> String
    var role: (Role) -> String
    /// Footnotes already referenced, so only the first reference gets the id
    /// that the footnote's back link points to.
    let referenced = FootnoteReferences()

    func render(_ inlines: [Inline]) -> String {
        inlines.map(render).joined()
    }

    func render(_ inline: Inline) -> String {
        switch inline {
        case .text(let s): s.htmlEscaped
        case .softBreak: "\n"
        case .lineBreak: "<br>\n"
        case .code(let s): "<code>\(s.htmlEscaped)</code>"
        case .emphasis(let c): "<em>\(render(c))</em>"
        case .strong(let c): "<strong>\(render(c))</strong>"
        case .strikethrough(let c): "<del>\(render(c))</del>"
        case .link(let destination, let title, let content):
            "<a href=\"\(Self.rewrite(destination).htmlEscaped)\"\(Self.titleAttribute(title))>\(render(content))</a>"
        case .image(let source, let title, let alt):
            "<img src=\"\(Self.relative(source).htmlEscaped)\" alt=\"\(alt.plainText.htmlEscaped)\"\(Self.titleAttribute(title))>"
        case .html(let s): s
        case .footnoteReference(let label):
            "<sup class=\"footnote-ref\"><a href=\"#fn-\(label.htmlEscaped)\"\(referenced.first(label) ? " id=\"fnref-\(label.htmlEscaped)\"" : "")>\(label.htmlEscaped)</a></sup>"
        case .math(let m): math(m)
        case .role(let r): role(r)
        }
    }

    static func split(_ destination: String) -> (path: String, fragment: String) {
        guard let hash = destination.firstIndex(of: "#") else { return (destination, "") }
        return (String(destination[..<hash]), String(destination[hash...]))
    }

    static func titleAttribute(_ title: String) -> String {
        title.isEmpty ? "" : " title=\"\(title.htmlEscaped)\""
    }

    /// Links to `other.md` (optionally with `#anchor`) become links to its
    /// page; absolute URLs are left alone.
    static func rewrite(_ destination: String) -> String {
        guard CourseChecks.isRelative(destination) else { return destination }
        let (path, fragment) = Self.split(relative(destination))
        guard path.hasSuffix(".md") else { return path + fragment }
        return String(path.dropLast(3)) + ".html" + fragment
    }

    /// A relative destination as a valid URL (spaces and the like percent-encoded); others as written.
    static func relative(_ destination: String) -> String {
        CourseChecks.isRelative(destination) ? URLText.normalisingDestination(destination) : destination
    }
}

/// The set of footnote labels referenced so far on a page.
final class FootnoteReferences {
    private var seen: Set<String> = []

    /// True the first time `label` is asked for.
    func first(_ label: String) -> Bool { seen.insert(label).inserted }
}
