extension Parser {
    /// The atom for a command whose token was just consumed; nil for commands that draw nothing.
    mutating func commandAtom(_ name: String, token: Token) throws(MathError) -> Atom? {
        if let node = Greek.node(name, font: font) { return Atom(node: node) }
        if let (symbol, upright) = Symbols.identifiers[name] {
            return Atom(node: .identifier(symbol, normal: upright))
        }
        if let symbol = Symbols.operators[name] { return Atom(node: .op(symbol, .plain)) }
        if let symbol = Delimiters.commands[name] { return Atom(node: .op(symbol, Delimiters.plainAttributes(symbol))) }
        if let (symbol, limits) = Symbols.largeOperators[name] {
            return Atom(node: .op(symbol, .plain), limits: limits ? .inDisplay : .never, isOperator: true)
        }
        if let limits = Symbols.functions[name] {
            let spelling = Symbols.functionSpelling[name] ?? name
            return Atom(node: .identifier(spelling, normal: false), limits: limits ? .inDisplay : .never,
                        isFunction: true, isOperator: true)
        }
        if let width = Symbols.spaces[name] { return Atom(node: .space(width)) }
        if let accent = Accents.table[name] { return try accentAtom(accent, name: name, token: token) }
        if let css = Accents.rules[name] {
            let base = try parseArgument(missing: missingArgument(name, token: token, expected: 1, found: 0))
            return Atom(node: .decorated(base, css: css))
        }
        if let size = Delimiters.sizes[name] {
            let delimiter = try readDelimiter(after: token)
            var attributes = OperatorAttributes(stretchy: true, size: size)
            if name.hasSuffix("l") { attributes.form = "prefix" }
            if name.hasSuffix("r") { attributes.form = "postfix" }
            return Atom(node: .op(delimiter, attributes))
        }
        if name == "operatorname" { return try operatorNameAtom(token: token) }
        if let selected = MathFont.commands[name] {
            let node = try withFont(selected) { (parser: inout Parser) throws(MathError) in
                try parser.parseArgument(missing: parser.missingArgument(name, token: token, expected: 1, found: 0))
            }
            return Atom(node: node)
        }
        if let style = TextCommands.styles[name] {
            return Atom(node: try parseTextArgument(command: name, token: token, style: style))
        }
        switch name {
        case " ":
            return Atom(node: .text("\u{A0}", .plain))
        case "frac", "dfrac", "tfrac", "cfrac", "binom", "dbinom", "tbinom":
            return Atom(node: try fractionNode(name, token: token))
        case "sqrt":
            return Atom(node: try rootNode(token: token))
        case "overset", "underset", "stackrel":
            let (top, base) = try twoArguments(name, token: token, scriptFirst: true)
            return Atom(node: name == "underset" ? .under(base, top, accent: false) : .over(base, top, accent: false))
        case "left":
            return Atom(node: try leftRightNode(left: token))
        case "middle":
            let delimiter = try readDelimiter(after: token)
            return Atom(node: .op(delimiter, OperatorAttributes(stretchy: true, fence: true)))
        case _ where Self.decorationCommands.contains(name) && name != "color":
            return try decorationAtom(name, token: token)
        case "begin":
            return Atom(node: try environmentNode(begin: token))
        case "not":
            return Atom(node: try negationNode(token: token))
        case "pmod":
            let argument = try parseArgument(missing: missingArgument(name, token: token, expected: 1, found: 0))
            return Atom(node: .row([.space(1), .op("(", .nonStretchy), .identifier("mod", normal: false),
                                    .space(0.3333), argument, .op(")", .nonStretchy)]))
        case "label", "tag":
            // The page numbers the formula and links to it; the MathML draws nothing here.
            if name == "tag", stream.peekRaw()?.kind == .character("*") { _ = stream.nextRaw() }
            _ = try rawGroupText(after: token, command: name, arguments: 1)
            return nil
        case _ where DefinitionReader.commands.contains(name):
            try DefinitionReader.readDefinition(after: token, from: &stream)
            definedMacros = true
            return nil
        case _ where Self.styleSwitches[name] != nil:
            return nil
        default:
            throw unknownCommand(name, token: token)
        }
    }

    func missingArgument(_ name: String, token: Token, expected: Int, found: Int) -> MathError {
        let noun = expected == 1 ? "argument" : "arguments"
        let braces = String(repeating: "{…}", count: expected)
        return stream.error(.missingArgument, "'\\\(name)' expects \(expected) \(noun), found \(found)",
                            hint: "write \\\(name)\(braces)", at: token)
    }

    func unknownCommand(_ name: String, token: Token) -> MathError {
        let known = KnownCommands.names + stream.macros.names
        let hint = Suggestions.closest(to: name, among: known).map { "did you mean '\\\($0)'?" }
            ?? "define it with \\newcommand{\\\(name)}{…} in the lesson's macros"
        return stream.error(.unknownCommand, "unknown command '\\\(name)'", hint: hint, at: token)
    }

    mutating func withFont<T>(_ selected: MathFont?, _ body: (inout Parser) throws(MathError) -> T) throws(MathError) -> T {
        let saved = font
        font = selected
        defer { font = saved }
        return try body(&self)
    }

    private mutating func twoArguments(_ name: String, token: Token, scriptFirst: Bool) throws(MathError) -> (MathNode, MathNode) {
        let saved = displayStyle
        if scriptFirst { displayStyle = false }
        let first = try parseArgument(missing: missingArgument(name, token: token, expected: 2, found: 0))
        displayStyle = saved
        let second = try parseArgument(missing: missingArgument(name, token: token, expected: 2, found: 1))
        return (first, second)
    }

    private mutating func fractionNode(_ name: String, token: Token) throws(MathError) -> MathNode {
        let saved = displayStyle
        let style: Bool? = name.hasPrefix("d") || name == "cfrac" ? true : name.hasPrefix("t") ? false : nil
        displayStyle = false
        let (numerator, denominator) = try twoArguments(name, token: token, scriptFirst: false)
        displayStyle = saved
        var node = MathNode.fraction(numerator, denominator, lineThickness: name.hasSuffix("binom") ? "0" : nil)
        if name.hasSuffix("binom") {
            node = .row([.op("(", OperatorAttributes(stretchy: true, fence: true, form: "prefix")), node,
                         .op(")", OperatorAttributes(stretchy: true, fence: true, form: "postfix"))])
        }
        if let style, style != displayStyle {
            node = .style(node, displayStyle: style, scriptLevel: nil)
        }
        return node
    }

    private mutating func rootNode(token: Token) throws(MathError) -> MathNode {
        var index: MathNode?
        stream.skipSpaces()
        if let open = try stream.peek(), open.kind == .character("[") {
            _ = stream.nextRaw()
            let saved = displayStyle
            displayStyle = false
            let (nodes, _) = try parseList(.bracket(open: open))
            displayStyle = saved
            index = Self.cell(nodes)
        }
        let radicand = try parseArgument(missing: missingArgument("sqrt", token: token, expected: 1, found: 0))
        return index.map { .root(radicand, index: $0) } ?? .squareRoot(radicand)
    }

    private mutating func accentAtom(_ accent: Accents.Accent, name: String, token: Token) throws(MathError) -> Atom {
        let base = try parseArgument(missing: missingArgument(name, token: token, expected: 1, found: 0))
        let mark = MathNode.op(accent.symbol, OperatorAttributes(stretchy: accent.stretchy))
        let braces = name == "overbrace" || name == "underbrace"
        let node: MathNode = accent.below ? .under(base, mark, accent: !braces) : .over(base, mark, accent: !braces)
        return Atom(node: node, limits: braces ? .always : .never)
    }

    private mutating func operatorNameAtom(token: Token) throws(MathError) -> Atom {
        var limits = Atom.Limits.never
        if stream.peekRaw()?.kind == .character("*") {
            _ = stream.nextRaw()
            limits = .inDisplay
        }
        let node = try withFont(.roman) { (parser: inout Parser) throws(MathError) in
            try parser.parseArgument(missing: parser.missingArgument("operatorname", token: token, expected: 1, found: 0))
        }
        return Atom(node: node, limits: limits, isFunction: true, isOperator: true)
    }

    private mutating func negationNode(token: Token) throws(MathError) -> MathNode {
        guard let next = try stream.peekSkippingSpaces() else {
            throw stream.error(.missingArgument, "'\\not' needs a relation to negate",
                               hint: "write e.g. \\not= or \\not\\in", at: token)
        }
        let key: String
        switch next.kind {
        case .character(let scalar): key = String(Character(scalar))
        case .command(let name): key = name
        default: key = ""
        }
        guard let negated = Symbols.negations[key] else {
            throw stream.error(.unexpectedCharacter, "'\\not' cannot negate '\(next.kind.texSpelling)'",
                               hint: "use a negated symbol such as \\neq, \\notin or \\nleq", at: token)
        }
        _ = stream.nextRaw()
        return .op(negated, .plain)
    }
}
