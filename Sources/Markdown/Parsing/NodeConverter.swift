import CCmarkGFM

/// Turns cmark-gfm's node tree into our `Block` and `Inline` values. The C
/// nodes are borrowed: the tree is freed by `MarkdownParser`.
struct NodeConverter {
    let protector: SpanProtector
    /// Problems found while converting: Markdown that looks like syntax we do not support.
    let log = ProblemLog()

    func blocks(childrenOf node: OpaquePointer) -> [Block] {
        children(of: node).compactMap(block)
    }

    private func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let c = child {
            result.append(c)
            child = cmark_node_next(c)
        }
        return result
    }

    private func typeString(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    private func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    // MARK: Blocks

    private func block(_ node: OpaquePointer) -> Block? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            let content = inlines(childrenOf: node)
            if let problem = Alerts.colonFence(content, at: position(node)) { log.problems.append(problem) }
            return .paragraph(content)
        case CMARK_NODE_HEADING:
            return .heading(level: Int(cmark_node_get_heading_level(node)), content: inlines(childrenOf: node), position: position(node))
        case CMARK_NODE_BLOCK_QUOTE:
            let inner = blocks(childrenOf: node)
            switch Alerts.alert(in: inner, at: position(node)) {
            case .admonition(let admonition): return .admonition(admonition)
            case .unknown(let problem): log.problems.append(problem)
            case .none: break
            }
            return .blockQuote(inner)
        case CMARK_NODE_LIST:
            return .list(list(node))
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(codeBlock(node))
        case CMARK_NODE_HTML_BLOCK:
            return .html(restore(literal(node)))
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            return .footnoteDefinition(label: literal(node), content: blocks(childrenOf: node))
        default:
            if typeString(node) == "table" { return .table(table(node)) }
            return nil
        }
    }

    private func list(_ node: OpaquePointer) -> List {
        let items = children(of: node).map { item in
            List.Item(
                content: blocks(childrenOf: item),
                task: typeString(item) == "tasklist" ? cmark_gfm_extensions_get_tasklist_item_checked(item) : nil)
        }
        return List(
            ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
            start: Int(cmark_node_get_list_start(node)),
            tight: cmark_node_get_list_tight(node) != 0,
            items: items)
    }

    private func table(_ node: OpaquePointer) -> Table {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [Table.Alignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for i in 0..<columns {
                switch raw[i] {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        }
        var header: [[Inline]] = []
        var rows: [[[Inline]]] = []
        for row in children(of: node) {
            let cells = children(of: row).map { inlines(childrenOf: $0) }
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 {
                header = cells
            } else {
                rows.append(cells)
            }
        }
        return Table(alignments: alignments, header: header, rows: rows)
    }

    private func codeBlock(_ node: OpaquePointer) -> CodeBlock {
        var length: Int32 = 0, offset: Int32 = 0
        var fenceChar: CChar = 0
        let fenced = cmark_node_get_fenced(node, &length, &offset, &fenceChar) != 0
        let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
        let startLine = Int(cmark_node_get_start_line(node))
        var infoPosition = SourcePosition(line: startLine, column: 1)
        if fenced, let line = sourceLine(startLine) {
            // The info string starts after the fence run and any spaces.
            var i = 0
            while i < line.count, line[i] == " " || line[i] == ">" { i += 1 }
            while i < line.count, line[i] == "`" || line[i] == "~" { i += 1 }
            while i < line.count, line[i] == " " || line[i] == "\t" { i += 1 }
            infoPosition.column = i + 1
        }
        var body = literal(node).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if body.last == "" { body.removeLast() }
        let firstBodyLine = fenced ? startLine + 1 : startLine
        let lines = body.enumerated().map { k, text in
            let lineNumber = firstBodyLine + k
            let full = sourceLine(lineNumber)?.count ?? text.unicodeScalars.count
            let column = max(1, full - text.unicodeScalars.count + 1)
            return (text: text, position: SourcePosition(line: lineNumber, column: column))
        }
        return CodeBlock(info: info, infoPosition: infoPosition, lines: lines, isFenced: fenced)
    }

    private func sourceLine(_ line: Int) -> [Unicode.Scalar]? {
        line >= 1 && line <= protector.lines.count ? protector.lines[line - 1] : nil
    }

    /// cmark's byte column turned into a scalar column.
    private func position(_ node: OpaquePointer) -> SourcePosition {
        position(line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)))
    }

    /// A 1-based line and byte column (as cmark counts) turned into a scalar column.
    func position(line: Int, byteColumn: Int) -> SourcePosition {
        guard let scalars = sourceLine(line) else { return SourcePosition(line: line, column: byteColumn) }
        var bytes = 0, column = 1
        for s in scalars {
            if bytes >= byteColumn - 1 { break }
            bytes += UTF8.width(s)
            column += 1
        }
        return SourcePosition(line: line, column: column)
    }

    // MARK: Inlines

    private func inlines(childrenOf node: OpaquePointer) -> [Inline] {
        children(of: node).flatMap(inline)
    }

    private func inline(_ node: OpaquePointer) -> [Inline] {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return unprotect(literal(node))
        case CMARK_NODE_SOFTBREAK: return [.softBreak]
        case CMARK_NODE_LINEBREAK: return [.lineBreak]
        case CMARK_NODE_CODE: return [.code(literal(node))]
        case CMARK_NODE_HTML_INLINE: return [.html(restore(literal(node)))]
        case CMARK_NODE_EMPH: return [.emphasis(inlines(childrenOf: node))]
        case CMARK_NODE_STRONG: return [.strong(inlines(childrenOf: node))]
        case CMARK_NODE_LINK:
            return [.link(destination: restore(url(node)), title: title(node), content: inlines(childrenOf: node))]
        case CMARK_NODE_IMAGE:
            return [.image(source: restore(url(node)), title: title(node), alt: inlines(childrenOf: node))]
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            return [.footnoteReference(label: literal(node))]
        default:
            if typeString(node) == "strikethrough" { return [.strikethrough(inlines(childrenOf: node))] }
            return inlines(childrenOf: node)
        }
    }

    private func url(_ node: OpaquePointer) -> String {
        cmark_node_get_url(node).map { String(cString: $0) } ?? ""
    }

    private func title(_ node: OpaquePointer) -> String {
        cmark_node_get_title(node).map { String(cString: $0) } ?? ""
    }

    /// Splits text at span markers and drops fillers.
    private func unprotect(_ text: String) -> [Inline] {
        var result: [Inline] = []
        var run = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if SpanProtector.isFiller(s) { continue }
            if let index = SpanProtector.spanIndex(s), index < protector.spans.count {
                if !run.isEmpty { result.append(.text(String(run))) }
                run = String.UnicodeScalarView()
                switch protector.spans[index] {
                case .math(let m): result.append(.math(m))
                case .role(let r): result.append(.role(r))
                }
            } else {
                run.append(s)
            }
        }
        if !run.isEmpty { result.append(.text(String(run))) }
        return result
    }

    /// Puts the original source back where a marker ended up in raw text.
    private func restore(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { SpanProtector.isFiller($0) || SpanProtector.spanIndex($0) != nil }) else {
            return text
        }
        var out = ""
        for s in text.unicodeScalars {
            if SpanProtector.isFiller(s) { continue }
            if let index = SpanProtector.spanIndex(s), index < protector.spans.count {
                out += protector.spans[index].source
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }
}
