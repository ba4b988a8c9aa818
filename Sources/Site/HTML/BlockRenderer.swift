import Markdown

/// Renders a lesson's blocks to HTML, collecting its section outline.
struct BlockRenderer {
    struct Section {
        var level: Int
        var anchor: String
        var title: String
    }

    var inline: InlineRenderer
    /// HTML for a fenced block that is a directive, or nil for plain code.
    var directive: (CodeBlock) -> String?
    private(set) var outline: [Section] = []
    private var anchors = AnchorNamer()
    private var footnotes: [(label: String, html: String)] = []

    init(inline: InlineRenderer, directive: @escaping (CodeBlock) -> String?) {
        self.inline = inline
        self.directive = directive
    }

    /// The blocks as HTML, footnotes gathered at the end.
    mutating func renderDocument(_ blocks: [Block]) -> String {
        var html = render(blocks)
        if !footnotes.isEmpty {
            html += "<section class=\"footnotes\" aria-label=\"Footnotes\">\n<ol>\n"
            for note in footnotes {
                html += "<li id=\"fn-\(note.label.htmlEscaped)\">\(note.html)</li>\n"
            }
            html += "</ol>\n</section>\n"
        }
        return html
    }

    mutating func render(_ blocks: [Block], tight: Bool = false) -> String {
        blocks.map { render($0, tight: tight) }.joined()
    }

    mutating func render(_ block: Block, tight: Bool = false) -> String {
        switch block {
        case .heading(let level, let content, _):
            let title = content.plainText
            let anchor = anchors.anchor(for: title)
            if level > 1, level <= 3 { outline.append(Section(level: level, anchor: anchor, title: title)) }
            return "<h\(level) id=\"\(anchor)\">\(inline.render(content)) <a class=\"anchor\" href=\"#\(anchor)\" aria-label=\"Link to this section\">#</a></h\(level)>\n"
        case .paragraph(let content):
            return tight ? inline.render(content) + "\n" : "<p>\(inline.render(content))</p>\n"
        case .blockQuote(let content):
            return "<blockquote>\n\(render(content))</blockquote>\n"
        case .list(let list):
            return render(list)
        case .codeBlock(let code):
            if let html = directive(code) { return html }
            let language = code.info.split(separator: " ").first.map { " class=\"language-\(String($0).htmlEscaped)\"" } ?? ""
            return "<pre><code\(language)>\(code.code.htmlEscaped)</code></pre>\n"
        case .html(let raw):
            return raw
        case .admonition(let admonition):
            let title = admonition.title ?? admonition.kind.title
            return "<div class=\"admonition \(admonition.kind.rawValue)\" role=\"note\">\n<p class=\"admonition-title\">\(title.htmlEscaped)</p>\n\(render(admonition.blocks))</div>\n"
        case .thematicBreak:
            return "<hr>\n"
        case .table(let table):
            return render(table)
        case .footnoteDefinition(let label, let content):
            var body = render(content)
            let back = " <a class=\"footnote-back\" href=\"#fnref-\(label.htmlEscaped)\" aria-label=\"Back to the text\">↩</a>"
            if body.hasSuffix("</p>\n") {
                body = String(body.dropLast(5)) + back + "</p>\n"
            } else {
                body += back
            }
            footnotes.append((label, body))
            return ""
        }
    }

    private mutating func render(_ list: List) -> String {
        let tag = list.ordered ? "ol" : "ul"
        let start = list.ordered && list.start != 1 ? " start=\"\(list.start)\"" : ""
        let isTaskList = list.items.contains { $0.task != nil }
        var html = "<\(tag)\(start)\(isTaskList ? " class=\"tasks\"" : "")>\n"
        for item in list.items {
            var box = ""
            if let checked = item.task {
                box = "<input type=\"checkbox\" disabled\(checked ? " checked" : "") aria-label=\"\(checked ? "done" : "to do")\"> "
            }
            html += "<li>\(box)\(render(item.content, tight: list.tight))</li>\n"
        }
        return html + "</\(tag)>\n"
    }

    private func render(_ table: Table) -> String {
        func style(_ column: Int) -> String {
            guard column < table.alignments.count else { return "" }
            switch table.alignments[column] {
            case .none: return ""
            case .left: return " style=\"text-align:left\""
            case .center: return " style=\"text-align:center\""
            case .right: return " style=\"text-align:right\""
            }
        }
        var html = "<div class=\"table-scroll\"><table>\n<thead>\n<tr>"
        for (i, cell) in table.header.enumerated() { html += "<th\(style(i))>\(inline.render(cell))</th>" }
        html += "</tr>\n</thead>\n"
        if !table.rows.isEmpty {
            html += "<tbody>\n"
            for row in table.rows {
                html += "<tr>"
                for (i, cell) in row.enumerated() { html += "<td\(style(i))>\(inline.render(cell))</td>" }
                html += "</tr>\n"
            }
            html += "</tbody>\n"
        }
        return html + "</table></div>\n"
    }
}
