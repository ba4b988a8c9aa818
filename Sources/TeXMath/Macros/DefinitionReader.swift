/// Reads `\newcommand{\name}[n][default]{body}` from a token stream.
enum DefinitionReader {
    /// The commands that define macros.
    static let commands: Set<String> = ["newcommand", "renewcommand", "providecommand", "DeclareMathOperator"]

    /// Reads the rest of a definition whose command token was just consumed and adds it to the stream's table.
    static func readDefinition(after command: Token, from stream: inout TokenStream) throws(MathError) {
        let spelling = command.kind.texSpelling
        let isOperator = command.kind == .command("DeclareMathOperator")
        let usage = isOperator ? "write \(spelling){\\name}{text}" : "write \(spelling){\\name}[number of arguments]{body}"
        // The starred forms (`\newcommand*`, `\DeclareMathOperator*` with limits) read the same way.
        let starred = stream.peekRaw()?.kind == .character("*")
        if starred { _ = stream.nextRaw() }
        stream.skipSpaces()
        guard var nameToken = stream.nextRaw() else {
            throw stream.error(.badMacroDefinition, "\(spelling) needs a command name", hint: usage, at: command)
        }
        if nameToken.kind == .beginGroup {
            stream.skipSpaces()
            guard let inner = stream.nextRaw(), case .command = inner.kind else {
                throw stream.error(.badMacroDefinition, "\(spelling) needs a command name such as {\\foo}",
                                   hint: usage, at: nameToken)
            }
            stream.skipSpaces()
            guard stream.nextRaw()?.kind == .endGroup else {
                throw stream.error(.badMacroDefinition, "\(spelling) defines one command at a time",
                                   hint: usage, at: nameToken)
            }
            nameToken = inner
        }
        guard case .command(let name) = nameToken.kind, name.unicodeScalars.first?.properties.isAlphabetic == true else {
            throw stream.error(.badMacroDefinition, "\(spelling) needs a command name such as \\foo",
                               hint: usage, at: nameToken)
        }
        var parameterCount = 0
        var defaultArgument: [TokenKind]?
        if !isOperator, let bracket = bracketed(&stream) {
            let text = bracket.map(\.kind.texSpelling).joined().trimmingBlanks
            guard let count = Int(text), (0...9).contains(count) else {
                throw stream.error(.badMacroDefinition, "the number of arguments must be 0 to 9, not '\(text)'",
                                   hint: usage, at: nameToken)
            }
            parameterCount = count
            if let optional = bracketed(&stream) {
                defaultArgument = optional.map(\.kind)
            }
        }
        stream.skipSpaces()
        guard let open = stream.peekRaw(), open.kind == .beginGroup else {
            throw stream.error(.badMacroDefinition, "\(spelling){\\\(name)} needs a body in braces",
                               hint: usage, at: stream.peekRaw() ?? nameToken)
        }
        let close = try stream.matchingClose(of: stream.position)
        let body = Array(stream.tokens[(stream.position + 1)..<close])
        stream.position = close + 1
        try validate(body: body, parameterCount: parameterCount, source: stream.source)
        var kinds = body.map(\.kind)
        if isOperator {
            kinds = [.command("operatorname")] + (starred ? [.character("*")] : []) + [.beginGroup] + kinds + [.endGroup]
        }
        stream.macros.macros[name] = Macro(parameterCount: parameterCount, defaultArgument: defaultArgument, body: kinds)
    }

    /// Checks that braces balance and parameters are in range.
    static func validate(body: [Token], parameterCount: Int, source: [Unicode.Scalar]) throws(MathError) {
        var open: [Token] = []
        for token in body {
            switch token.kind {
            case .beginGroup: open.append(token)
            case .endGroup:
                guard open.popLast() != nil else {
                    throw MathError(.unexpectedCloseBrace, "unexpected '}' in a macro body",
                                    hint: "remove it or add a matching '{'", at: token.offset, in: source)
                }
            case .parameter(let number) where number > parameterCount:
                throw MathError(.badMacroDefinition,
                                "'#\(number)' used in a macro with \(parameterCount) parameter\(parameterCount == 1 ? "" : "s")",
                                hint: "raise the number in [\(number)]", at: token.offset, length: 2, in: source)
            default: break
            }
        }
        if let unclosed = open.last {
            throw MathError(.unclosedGroup, "unclosed '{' in a macro body", hint: "add a matching '}'",
                            at: unclosed.offset, in: source)
        }
    }

    /// The raw tokens of `[…]` at the read position (after blanks), consumed; nil when none.
    private static func bracketed(_ stream: inout TokenStream) -> [Token]? {
        let start = stream.position
        stream.skipSpaces()
        guard stream.peekRaw()?.kind == .character("[") else {
            stream.position = start
            return nil
        }
        _ = stream.nextRaw()
        var tokens: [Token] = []
        while let token = stream.nextRaw() {
            if token.kind == .character("]") { return tokens }
            tokens.append(token)
        }
        stream.position = start
        return nil
    }
}

extension String {
    var trimmingBlanks: String {
        String(unicodeScalars.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()
            .map(Character.init))
    }
}
