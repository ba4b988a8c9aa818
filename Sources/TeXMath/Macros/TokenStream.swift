/// The formula's tokens with a read position; expands macros as the parser reads.
struct TokenStream {
    /// Nesting depth of macro expansion at which a formula counts as runaway.
    static let depthLimit = 100
    /// Total expansions per formula, which stops definitions that grow exponentially.
    static let expansionLimit = 20_000
    static let tokenLimit = 200_000

    var tokens: [Token]
    var position = 0
    let source: [Unicode.Scalar]
    var macros: MacroTable
    private var expansions = 0

    init(tokens: [Token], source: [Unicode.Scalar], macros: MacroTable) {
        self.tokens = tokens
        self.source = source
        self.macros = macros
    }

    /// The end of the formula, for errors about something missing at the end.
    var endOffset: Int { source.count }

    func peekRaw() -> Token? {
        position < tokens.count ? tokens[position] : nil
    }

    mutating func nextRaw() -> Token? {
        guard position < tokens.count else { return nil }
        position += 1
        return tokens[position - 1]
    }

    mutating func skipSpaces() {
        while let token = peekRaw(), token.kind == .space { position += 1 }
    }

    /// The next token after expanding any macro call at the read position.
    mutating func peek() throws(MathError) -> Token? {
        while let token = peekRaw(), case .command(let name) = token.kind, let macro = macros[name] {
            try expand(macro, named: name, call: token)
        }
        return peekRaw()
    }

    /// The next non-space token after expansion, consumed.
    mutating func next() throws(MathError) -> Token? {
        let token = try peek()
        if token != nil { position += 1 }
        return token
    }

    /// The next token after skipping spaces and expanding macros, not consumed.
    mutating func peekSkippingSpaces() throws(MathError) -> Token? {
        while true {
            skipSpaces()
            let token = try peek()
            guard let token, token.kind == .space else { return token }
        }
    }

    /// An error at `token`; one made by a macro is reported at the macro's call, and says so.
    func error(_ kind: MathError.Kind, _ message: String, hint: String = "", at token: Token) -> MathError {
        let origin = token.depth > 0 && kind != .runawayMacro ? " (in the expansion of the macro here)" : ""
        return MathError(kind, message + origin, hint: hint, at: token.offset, length: token.length, in: source)
    }

    func error(_ kind: MathError.Kind, _ message: String, hint: String = "", atOffset offset: Int) -> MathError {
        MathError(kind, message, hint: hint, at: offset, in: source)
    }

    private mutating func expand(_ macro: Macro, named name: String, call: Token) throws(MathError) {
        expansions += 1
        guard call.depth < Self.depthLimit, expansions <= Self.expansionLimit, tokens.count <= Self.tokenLimit else {
            throw error(.runawayMacro, "runaway macro '\\\(name)': expansion does not end",
                        hint: "a macro must not use itself, directly or through other macros", at: call)
        }
        var index = position + 1
        var arguments: [[Token]] = []
        if let defaultArgument = macro.defaultArgument {
            if let optional = optionalArgument(at: &index) {
                arguments.append(optional)
            } else {
                arguments.append(defaultArgument.map { Token(kind: $0, offset: call.offset, length: call.length, depth: call.depth + 1) })
            }
        }
        while arguments.count < macro.parameterCount {
            guard let argument = try rawArgument(at: &index) else {
                throw error(.missingArgument,
                            "'\\\(name)' expects \(macro.parameterCount) argument\(macro.parameterCount == 1 ? "" : "s"), found \(arguments.count)",
                            hint: "write the arguments in braces: \\\(name){…}", at: call)
            }
            arguments.append(argument)
        }
        var body: [Token] = []
        for kind in macro.body {
            if case .parameter(let number) = kind, number >= 1, number <= arguments.count {
                body.append(contentsOf: arguments[number - 1])
            } else {
                body.append(Token(kind: kind, offset: call.offset, length: call.length, depth: call.depth + 1))
            }
        }
        tokens.replaceSubrange(position..<index, with: body)
    }

    /// A macro argument from the raw tokens at `index`: a braced group's contents or one token.
    private func rawArgument(at index: inout Int) throws(MathError) -> [Token]? {
        while index < tokens.count, tokens[index].kind == .space { index += 1 }
        guard index < tokens.count else { return nil }
        let first = tokens[index]
        switch first.kind {
        case .endGroup, .alignment:
            return nil
        case .beginGroup:
            let end = try matchingClose(of: index)
            defer { index = end + 1 }
            return Array(tokens[(index + 1)..<end])
        default:
            index += 1
            return [first]
        }
    }

    /// `[…]` at `index` (after blanks), or nil when none follows.
    private func optionalArgument(at index: inout Int) -> [Token]? {
        var scan = index
        while scan < tokens.count, tokens[scan].kind == .space { scan += 1 }
        guard scan < tokens.count, tokens[scan].kind == .character("[") else { return nil }
        var depth = 0
        var end = scan + 1
        while end < tokens.count {
            switch tokens[end].kind {
            case .beginGroup: depth += 1
            case .endGroup: depth -= 1
            case .character("]") where depth == 0:
                index = end + 1
                return Array(tokens[(scan + 1)..<end])
            default: break
            }
            end += 1
        }
        return nil
    }

    /// The index of the `}` closing the `{` at `open`.
    func matchingClose(of open: Int) throws(MathError) -> Int {
        var depth = 0
        for index in open..<tokens.count {
            switch tokens[index].kind {
            case .beginGroup: depth += 1
            case .endGroup:
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
        }
        throw error(.unclosedGroup, "unclosed '{'", hint: "add a matching '}'", at: tokens[open])
    }
}
