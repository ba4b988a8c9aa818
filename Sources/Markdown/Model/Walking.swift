extension Block {
    /// What a scan of a lesson reads from its block tree.
    public enum Leaf: Sendable {
        /// A run of inline content: a heading, a paragraph or a table cell.
        case inlines([Inline])
        case code(CodeBlock)
    }

    /// The runs of inline content and the code blocks of `blocks`, in
    /// reading order, through quotes, lists, footnotes, admonitions and tables: the one
    /// walk that the link, role, math and directive scans share.
    public static func leaves(of blocks: [Block]) -> [Leaf] {
        blocks.flatMap { block -> [Leaf] in
            switch block {
            case .heading(_, let content, _), .paragraph(let content): [.inlines(content)]
            case .blockQuote(let inner), .footnoteDefinition(_, let inner): leaves(of: inner)
            case .list(let list): list.items.flatMap { leaves(of: $0.content) }
            case .table(let table): (table.header + table.rows.flatMap { $0 }).map { .inlines($0) }
            case .codeBlock(let code): [.code(code)]
            case .admonition(let admonition): leaves(of: admonition.blocks)
            case .html, .thematicBreak: []
            }
        }
    }

    /// Every inline of `blocks`, in reading order (see ``Inline/all(in:)``).
    public static func inlines(of blocks: [Block]) -> [Inline] {
        leaves(of: blocks).flatMap { leaf -> [Inline] in
            if case .inlines(let run) = leaf { return Inline.all(in: run) }
            return []
        }
    }

    /// The code blocks of `blocks`, in reading order.
    public static func codeBlocks(of blocks: [Block]) -> [CodeBlock] {
        leaves(of: blocks).compactMap { leaf in
            if case .code(let code) = leaf { return code }
            return nil
        }
    }
}

extension Inline {
    /// Every inline of `inlines`, depth first in reading order: each node,
    /// then the inlines inside it (emphasis, strong, strikethrough, a link's
    /// text, an image's alt text).
    public static func all(in inlines: [Inline]) -> [Inline] {
        inlines.flatMap { inline -> [Inline] in
            switch inline {
            case .emphasis(let inner), .strong(let inner), .strikethrough(let inner),
                 .link(_, _, let inner), .image(_, _, let inner):
                [inline] + all(in: inner)
            default: [inline]
            }
        }
    }
}
