extension Block {
    /// The block with every position moved by `place`: for Markdown parsed
    /// out of a fenced block's body, whose positions must be the lesson's.
    func relocated(_ place: (SourcePosition) -> SourcePosition) -> Block {
        func blocks(_ inner: [Block]) -> [Block] { inner.map { $0.relocated(place) } }
        func inlines(_ inner: [Inline]) -> [Inline] { inner.map { $0.relocated(place) } }
        switch self {
        case .heading(let level, let content, let position):
            return .heading(level: level, content: inlines(content), position: place(position))
        case .paragraph(let content): return .paragraph(inlines(content))
        case .blockQuote(let inner): return .blockQuote(blocks(inner))
        case .list(var list):
            list.items = list.items.map { List.Item(content: blocks($0.content), task: $0.task) }
            return .list(list)
        case .codeBlock(var code):
            code.infoPosition = place(code.infoPosition)
            code.lines = code.lines.map { ($0.text, place($0.position)) }
            return .codeBlock(code)
        case .html, .thematicBreak: return self
        case .table(var table):
            table.header = table.header.map(inlines)
            table.rows = table.rows.map { $0.map(inlines) }
            return .table(table)
        case .footnoteDefinition(let label, let inner): return .footnoteDefinition(label: label, content: blocks(inner))
        case .admonition(var admonition):
            admonition.position = place(admonition.position)
            admonition.blocks = blocks(admonition.blocks)
            return .admonition(admonition)
        }
    }
}

extension Inline {
    func relocated(_ place: (SourcePosition) -> SourcePosition) -> Inline {
        func inlines(_ inner: [Inline]) -> [Inline] { inner.map { $0.relocated(place) } }
        switch self {
        case .emphasis(let inner): return .emphasis(inlines(inner))
        case .strong(let inner): return .strong(inlines(inner))
        case .strikethrough(let inner): return .strikethrough(inlines(inner))
        case .link(let destination, let title, let content): return .link(destination: destination, title: title, content: inlines(content))
        case .image(let source, let title, let alt): return .image(source: source, title: title, alt: inlines(alt))
        case .math(var span):
            span.position = place(span.position)
            return .math(span)
        case .role(var role):
            role.position = place(role.position)
            role.contentPosition = place(role.contentPosition)
            return .role(role)
        case .text, .softBreak, .lineBreak, .code, .html, .footnoteReference: return self
        }
    }
}
