/// A block of a Markdown document, converted from cmark-gfm's tree into our
/// own values so that no C type leaves this target.
public indirect enum Block: Hashable, Sendable {
    case heading(level: Int, content: [Inline], position: SourcePosition)
    case paragraph([Inline])
    case blockQuote([Block])
    case list(List)
    case codeBlock(CodeBlock)
    case html(String)
    case thematicBreak
    case table(Table)
    case footnoteDefinition(label: String, content: [Block])
    /// A note, tip, warning… box (see ``Admonition``).
    case admonition(Admonition)
}

/// A bullet or ordered list; items hold blocks, task items a checked state.
public struct List: Hashable, Sendable {
    public struct Item: Hashable, Sendable {
        public var content: [Block]
        /// `nil` for an ordinary item, `true`/`false` for a task-list item.
        public var task: Bool?
    }

    public var ordered: Bool
    public var start: Int
    public var tight: Bool
    public var items: [Item]
}

/// A fenced or indented code block, with what a directive parser needs to
/// point at its lines.
public struct CodeBlock: Hashable, Sendable {
    /// The info string after the opening fence (empty for indented code).
    public var info: String
    /// Where the info string starts in the source (its first character).
    public var infoPosition: SourcePosition
    /// The body, one entry per line, each with the position of its first character.
    public var lines: [(text: String, position: SourcePosition)]
    public var isFenced: Bool

    /// The body as one string, lines joined by newlines and ending in one.
    public var code: String { lines.map { $0.text + "\n" }.joined() }

    public static func == (a: CodeBlock, b: CodeBlock) -> Bool {
        a.info == b.info && a.infoPosition == b.infoPosition && a.isFenced == b.isFenced
            && a.lines.map(\.text) == b.lines.map(\.text) && a.lines.map(\.position) == b.lines.map(\.position)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(info)
        hasher.combine(infoPosition)
        for line in lines { hasher.combine(line.text) }
    }
}

/// A GFM table: header cells, rows of cells, one alignment per column.
public struct Table: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable { case none, left, center, right }

    public var alignments: [Alignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]
}
