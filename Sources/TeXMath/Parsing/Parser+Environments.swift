/// The environments `\begin{…}` accepts and how each lays out its table.
enum Environments {
    struct Layout {
        var columns: [ColumnSpec]
        var extra: MathTable.ExtraColumns = .repeatLast
        var displayStyle = false
        var open: String?
        var close: String?
        /// `array` reads its columns from `{lcr}`.
        var takesColumnSpec = false
    }

    static let layouts: [String: Layout] = {
        let centered = [ColumnSpec(alignment: .center)]
        let left = [ColumnSpec(alignment: .left)]
        var table: [String: Layout] = [
            "array": Layout(columns: centered, takesColumnSpec: true),
            "matrix": Layout(columns: centered), "smallmatrix": Layout(columns: centered),
            "pmatrix": Layout(columns: centered, open: "(", close: ")"),
            "bmatrix": Layout(columns: centered, open: "[", close: "]"),
            "Bmatrix": Layout(columns: centered, open: "{", close: "}"),
            "vmatrix": Layout(columns: centered, open: "|", close: "|"),
            "Vmatrix": Layout(columns: centered, open: "\u{2016}", close: "\u{2016}"),
            "cases": Layout(columns: left, open: "{"),
            "dcases": Layout(columns: left, displayStyle: true, open: "{"),
            "rcases": Layout(columns: left, close: "}"),
            "gathered": Layout(columns: centered, displayStyle: true),
            "equation": Layout(columns: centered, displayStyle: true),
        ]
        let aligned = Layout(columns: ColumnSpec.alignedPair, extra: .alternateRightLeft, displayStyle: true)
        for name in ["aligned", "split", "align", "align*", "alignat", "alignat*", "eqnarray", "eqnarray*"] {
            table[name] = aligned
        }
        table["gather"] = table["gathered"]
        table["gather*"] = table["gathered"]
        table["equation*"] = table["equation"]
        return table
    }()
}

extension Parser {
    /// `{name}` after `\begin` or `\end`, read without macro expansion.
    mutating func environmentName(after token: Token) throws(MathError) -> String {
        let command = token.kind.texSpelling
        stream.skipSpaces()
        guard stream.peekRaw()?.kind == .beginGroup else {
            throw stream.error(.unknownEnvironment, "'\(command)' needs an environment name in braces",
                               hint: "write \(command){array}", at: token)
        }
        let close = try stream.matchingClose(of: stream.position)
        let name = stream.tokens[(stream.position + 1)..<close].map(\.kind.texSpelling).joined()
        stream.position = close + 1
        return name
    }

    mutating func environmentNode(begin: Token) throws(MathError) -> MathNode {
        let name = try environmentName(after: begin)
        guard var layout = Environments.layouts[name] else {
            let hint = Suggestions.closest(to: name, among: Array(Environments.layouts.keys)).map { "did you mean '\($0)'?" }
                ?? "use array, matrix, pmatrix, bmatrix, aligned or cases"
            throw stream.error(.unknownEnvironment, "unknown environment '\(name)'", hint: hint, at: begin)
        }
        if layout.takesColumnSpec {
            layout.columns = try arrayColumns(begin: begin)
        } else if name.hasPrefix("alignat") {
            _ = try parseArgument(missing: missingArgument("begin{\(name)}", token: begin, expected: 1, found: 0))
        }
        let saved = displayStyle
        displayStyle = layout.displayStyle
        defer { displayStyle = saved }
        var rows: [[MathNode]] = []
        var cells: [MathNode] = []
        loop: while true {
            let (nodes, end) = try parseList(.cell(begin: begin, name: name))
            cells.append(Self.cell(nodes))
            switch end {
            case .alignment:
                continue
            case .rowBreak:
                rows.append(cells)
                cells = []
            case .end(let token, let endName):
                guard endName == name else {
                    throw stream.error(.mismatchedEnvironment, "'\\begin{\(name)}' ended by '\\end{\(endName)}'",
                                       hint: "write '\\end{\(name)}'", at: token)
                }
                rows.append(cells)
                break loop
            default:
                break loop
            }
        }
        // `\\` before `\end` and the seeds' `\begin{array}[lll]\\` leave empty rows TeX would not draw.
        if rows.count > 1, rows.last == [.row([])] { rows.removeLast() }
        if rows.count > 1, rows.first == [.row([])] { rows.removeFirst() }
        let table = MathNode.table(MathTable(rows: rows, columns: layout.columns, extraColumns: layout.extra,
                                             displayStyle: layout.displayStyle))
        guard layout.open != nil || layout.close != nil else { return table }
        var fenced: [MathNode] = []
        if let open = layout.open { fenced.append(.op(open, OperatorAttributes(stretchy: true, fence: true, form: "prefix"))) }
        fenced.append(table)
        if let close = layout.close { fenced.append(.op(close, OperatorAttributes(stretchy: true, fence: true, form: "postfix"))) }
        return .row(fenced)
    }

    /// `array`'s columns: `{lcr}`, or the seeds' `[lll]` standing in for it.
    private mutating func arrayColumns(begin: Token) throws(MathError) -> [ColumnSpec] {
        var optional: [Token]?
        stream.skipSpaces()
        if stream.peekRaw()?.kind == .character("[") {
            _ = stream.nextRaw()
            var tokens: [Token] = []
            while let token = stream.nextRaw(), token.kind != .character("]") { tokens.append(token) }
            optional = tokens
        }
        stream.skipSpaces()
        if let open = stream.peekRaw(), open.kind == .beginGroup {
            let close = try stream.matchingClose(of: stream.position)
            let spec = Array(stream.tokens[(stream.position + 1)..<close])
            stream.position = close + 1
            return try columns(from: spec, begin: begin)
        }
        if let optional, !optional.isEmpty {
            return try columns(from: optional, begin: begin)
        }
        throw stream.error(.missingArgument, "'\\begin{array}' needs a column spec",
                           hint: "write \\begin{array}{lcr} with one letter per column", at: begin)
    }

    private func columns(from spec: [Token], begin: Token) throws(MathError) -> [ColumnSpec] {
        var columns: [ColumnSpec] = []
        for token in spec {
            switch token.kind {
            case .character("l"): columns.append(ColumnSpec(alignment: .left))
            case .character("c"): columns.append(ColumnSpec(alignment: .center))
            case .character("r"): columns.append(ColumnSpec(alignment: .right))
            case .character("|"), .space: continue
            default:
                throw stream.error(.unexpectedCharacter,
                                   "unsupported column type '\(token.kind.texSpelling)' in an array spec",
                                   hint: "use l, c or r for each column", at: token)
            }
        }
        guard !columns.isEmpty else {
            throw stream.error(.missingArgument, "'\\begin{array}' needs a column spec",
                               hint: "write \\begin{array}{lcr} with one letter per column", at: begin)
        }
        return columns
    }
}
