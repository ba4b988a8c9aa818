/// Parses one formula into ``MathNode``s, expanding macros and reporting located errors.
struct Parser {
    var stream: TokenStream
    /// Whether the whole formula is display math (`$$…$$`).
    let display: Bool
    /// Whether the current position is in display style (limits go above and below).
    var displayStyle: Bool
    /// The font selected by `\mathbf{…}` and friends around the current position.
    var font: MathFont?
    /// Whether the formula ran `\newcommand`.
    var definedMacros = false
    /// How many groups, arguments and style switches enclose the read position.
    var nesting = 0
    /// Deepest nesting a formula may reach. Parsing recurses once per level, so an unbounded
    /// depth would overflow the stack; real formulas stay below ten.
    static let nestingLimit = 100

    init(_ tex: String, display: Bool, macros: MacroTable) throws(MathError) {
        let lexer = Lexer(tex)
        stream = TokenStream(tokens: try lexer.tokens(), source: lexer.source, macros: macros)
        self.display = display
        displayStyle = display
    }

    /// What a list of atoms may end at, and what to report if it ends otherwise.
    enum Context {
        case top
        case group(open: Token)
        case left(Token)
        case cell(begin: Token, name: String)
        case bracket(open: Token)
    }

    /// How a list of atoms ended.
    enum ListEnd {
        case endOfInput
        case closeBrace(Token)
        case right(Token)
        case alignment(Token)
        case rowBreak(Token)
        case end(Token, name: String)
        case closeBracket(Token)
    }

    /// The whole formula, or nil when it only defined macros.
    mutating func parseFormula() throws(MathError) -> MathNode? {
        var rows: [[MathNode]] = []
        while true {
            let (nodes, end) = try parseList(.top)
            rows.append(nodes)
            if case .endOfInput = end { break }
        }
        if rows.count > 1, rows.last?.isEmpty == true { rows.removeLast() }
        if rows.count == 1 {
            let nodes = rows[0]
            if nodes.isEmpty, definedMacros { return nil }
            return nodes.count == 1 ? nodes[0] : .row(nodes)
        }
        let table = MathTable(rows: rows.map { [Self.cell($0)] }, columns: [ColumnSpec(alignment: .center)],
                              extraColumns: .repeatLast, displayStyle: true)
        return .table(table)
    }

    static func cell(_ nodes: [MathNode]) -> MathNode {
        nodes.count == 1 ? nodes[0] : .row(nodes)
    }

    /// Atoms up to the end `context` expects; any other end is reported as the mistake it shows.
    mutating func parseList(_ context: Context) throws(MathError) -> ([MathNode], ListEnd) {
        let (nodes, end) = try parseAtoms(context)
        return (FunctionSpacing.space(UnaryOperators.mark(nodes)), end)
    }

    private mutating func parseAtoms(_ context: Context) throws(MathError) -> ([MathNode], ListEnd) {
        try enterNesting()
        defer { nesting -= 1 }
        var nodes: [MathNode] = []
        while true {
            guard let token = try stream.peekSkippingSpaces() else {
                try check(.endOfInput, in: context)
                return (nodes, .endOfInput)
            }
            if let end = try listEnd(at: token, in: context) {
                try check(end, in: context)
                return (nodes, end)
            }
            if case .command(let name) = token.kind, let style = Self.styleSwitches[name] {
                _ = stream.nextRaw()
                let saved = displayStyle
                displayStyle = style.display
                let (rest, end) = try parseAtoms(context)
                displayStyle = saved
                nodes.append(.style(Self.cell(rest), displayStyle: style.display, scriptLevel: style.level))
                return (nodes, end)
            }
            if token.kind == .command("color") {
                _ = stream.nextRaw()
                let color = try readColor(after: token, command: "color", arguments: 1)
                let (rest, end) = try parseAtoms(context)
                nodes.append(.decorated(Self.cell(rest), css: "color:\(color)"))
                return (nodes, end)
            }
            guard let atom = try parseAtom(single: false) else { continue }
            nodes.append(contentsOf: try parseScripts(atom))
        }
    }

    /// Counts one more level of nesting, or throws when the formula nests too deeply to parse safely.
    mutating func enterNesting() throws(MathError) {
        nesting += 1
        guard nesting <= Self.nestingLimit else {
            let offset = stream.peekRaw()?.offset ?? stream.endOffset
            throw stream.error(.tooDeep, "formula nests more than \(Self.nestingLimit) levels deep",
                               hint: "split it into smaller formulas or remove redundant braces", atOffset: offset)
        }
    }

    static let styleSwitches: [String: (display: Bool, level: Int)] = [
        "displaystyle": (true, 0), "textstyle": (false, 0), "scriptstyle": (false, 1),
        "scriptscriptstyle": (false, 2),
    ]

    /// Consumes and returns the token ending a list, or nil when `token` continues it.
    private mutating func listEnd(at token: Token, in context: Context) throws(MathError) -> ListEnd? {
        switch token.kind {
        case .endGroup:
            _ = stream.nextRaw()
            return .closeBrace(token)
        case .alignment:
            _ = stream.nextRaw()
            return .alignment(token)
        case .character("]"):
            guard case .bracket = context else { return nil }
            _ = stream.nextRaw()
            return .closeBracket(token)
        case .command("\\"):
            _ = stream.nextRaw()
            skipRowSpacing()
            return .rowBreak(token)
        case .command("right"):
            _ = stream.nextRaw()
            return .right(token)
        case .command("end"):
            _ = stream.nextRaw()
            return .end(token, name: try environmentName(after: token))
        default:
            return nil
        }
    }

    /// Skips `[4pt]` right after `\\`: extra row spacing, which tables here do not vary.
    private mutating func skipRowSpacing() {
        guard stream.peekRaw()?.kind == .character("[") else { return }
        let start = stream.position
        var text = ""
        _ = stream.nextRaw()
        while let token = stream.nextRaw() {
            if token.kind == .character("]") {
                let isLength = text.unicodeScalars.allSatisfy { "0123456789.- ptemxinc".unicodeScalars.contains($0) }
                if isLength, !text.isEmpty { return }
                break
            }
            text += token.kind.texSpelling
        }
        stream.position = start
    }

    /// Throws the error a list ending at `end` shows in `context`, if it is one.
    private func check(_ end: ListEnd, in context: Context) throws(MathError) {
        switch (end, context) {
        case (.endOfInput, .top), (.closeBrace, .group), (.right, .left), (.alignment, .cell),
             (.rowBreak, .cell), (.end, .cell), (.closeBracket, .bracket):
            return
        case (.rowBreak, .top) where display:
            return
        case (_, .group(let open)) where !end.isLocalMistake:
            throw stream.error(.unclosedGroup, "unclosed '{'", hint: "add a matching '}'", at: open)
        case (_, .left(let left)) where !end.isLocalMistake:
            throw stream.error(.leftWithoutRight, "'\\left' has no matching '\\right'",
                               hint: "close it with '\\right)' or '\\right.' in the same group", at: left)
        case (.endOfInput, .cell(let begin, let name)), (.closeBrace, .cell(let begin, let name)):
            throw stream.error(.unclosedEnvironment, "'\\begin{\(name)}' has no matching '\\end{\(name)}'",
                               hint: "add '\\end{\(name)}'", at: begin)
        case (.endOfInput, .bracket(let open)):
            throw stream.error(.unclosedGroup, "unclosed '['", hint: "add a matching ']'", at: open)
        case (.closeBrace(let token), _):
            throw stream.error(.unexpectedCloseBrace, "unexpected '}'",
                               hint: "remove it or add a matching '{' before it", at: token)
        case (.right(let token), _):
            throw stream.error(.rightWithoutLeft, "'\\right' without a matching '\\left'",
                               hint: "add a '\\left' before it in the same group, or remove it", at: token)
        case (.alignment(let token), _):
            throw stream.error(.misplacedAlignment, "'&' outside an alignment environment",
                               hint: "use '&' only directly inside array, matrix, aligned or cases", at: token)
        case (.rowBreak(let token), _):
            throw stream.error(.misplacedRowBreak, "'\\\\' outside an environment",
                               hint: display ? "'\\\\' breaks lines only at the top level or directly inside array, aligned, matrix or cases"
                                   : "use '\\\\' in display math ($$…$$) or inside an environment", at: token)
        case (.end(let token, let name), _):
            throw stream.error(.mismatchedEnvironment, "'\\end{\(name)}' without a matching '\\begin{\(name)}'",
                               hint: "add '\\begin{\(name)}' before it, or remove it", at: token)
        default:
            throw stream.error(.unexpectedCharacter, "unexpected end of formula", atOffset: stream.endOffset)
        }
    }
}

extension Parser.ListEnd {
    /// Ends that are wrong wherever they appear, reported at themselves rather than at an opener.
    var isLocalMistake: Bool {
        switch self {
        case .alignment, .rowBreak, .right: return true
        default: return false
        }
    }
}
