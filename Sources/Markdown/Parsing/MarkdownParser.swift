import CCmarkGFM

/// A parsed Markdown document: blocks, plus problems found on the way (an
/// unclosed `$$`, an unknown `> [!ALERT]`), each with its position.
public struct Document: Hashable, Sendable {
    public struct Problem: Hashable, Sendable {
        public enum Severity: Hashable, Sendable { case error, warning }

        public var position: SourcePosition
        public var message: String
        public var hint: String
        public var severity: Severity = .error
        /// The word that is unknown, and the ones it could have been (for a
        /// did-you-mean in the message).
        public var unknownWord: String?
        public var candidates: [String] = []
    }

    public var blocks: [Block]
    public var problems: [Problem]
}

/// Parses GitHub-flavoured Markdown (tables, strikethrough, autolinks, task
/// lists, footnotes) through libcmark-gfm, with `$…$`/`$$…$$` math and
/// `` {role}`…` `` kept out of Markdown's reach.
public enum MarkdownParser {
    static let extensions = ["table", "strikethrough", "autolink", "tasklist"]

    /// Parses `source`. Never fails: Markdown has no syntax errors.
    public static func parse(_ source: String) -> Document {
        let protector = SpanProtector(source: source)
        let text = protector.text
        cmark_gfm_core_extensions_ensure_registered()
        let options = CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE | CMARK_OPT_SOURCEPOS
        guard let parser = cmark_parser_new(options) else {
            return Document(blocks: [], problems: [])
        }
        defer { cmark_parser_free(parser) }
        for name in extensions {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var utf8 = Array(text.utf8)
        utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    cmark_parser_feed(parser, $0, buffer.count)
                }
            }
        }
        guard let root = cmark_parser_finish(parser) else {
            return Document(blocks: [], problems: [])
        }
        defer { cmark_node_free(root) }
        let unclosed = UnclosedFences.find(in: root, lines: protector.lines)
        let pruned = DepthLimit.prune(root)
        let converter = NodeConverter(protector: protector)
        var problems = protector.problems.map { Document.Problem(position: $0.position, message: $0.message, hint: $0.hint) }
        problems += pruned.map { place in
            Document.Problem(position: converter.position(line: place.line, byteColumn: place.byteColumn),
                             message: "Markdown nested more than \(DepthLimit.maximumDepth) levels deep (quotes, lists, emphasis or links)",
                             hint: "flatten the nesting; this part is left out of the page")
        }
        problems += unclosed.map { place in
            Document.Problem(position: converter.position(line: place.line, byteColumn: place.byteColumn),
                             message: "this directive's fence is never closed, so everything after it became its caption",
                             hint: "end the directive with a closing fence as long as the opening one, e.g. ```")
        }
        let converted = converter.blocks(childrenOf: root)
        problems += converter.log.problems
        let blocks = FencedAdmonitions.expand(converted, &problems)
        return Document(blocks: numberFootnotes(blocks), problems: problems.sorted { $0.position < $1.position })
    }

    /// cmark-gfm numbers footnote references by first use and moves the
    /// definitions to the end in that order, but does not expose their
    /// labels: give each definition its number, as references carry.
    static func numberFootnotes(_ blocks: [Block]) -> [Block] {
        var number = 0
        return blocks.map { block in
            guard case .footnoteDefinition(_, let content) = block else { return block }
            number += 1
            return .footnoteDefinition(label: String(number), content: content)
        }
    }
}
