/// One parsed item before its scripts: the node plus what scripts should do to it.
struct Atom {
    enum Limits { case never, inDisplay, always }
    var node: MathNode
    /// Where `_` and `^` go: beside, or below and above (`\sum`, `\max`).
    var limits: Limits = .never
    /// Named functions are followed by an invisible function application.
    var isFunction = false
    /// Whether `\limits`/`\nolimits` may follow.
    var isOperator = false
}

extension Parser {
    /// The next atom, or nil when the token produced nothing (a definition, an empty space).
    ///
    /// - Parameter single: take one letter or digit, as a script or argument without braces does.
    mutating func parseAtom(single: Bool) throws(MathError) -> Atom? {
        try enterNesting()
        defer { nesting -= 1 }
        guard let token = try stream.peekSkippingSpaces() else { return nil }
        switch token.kind {
        case .beginGroup:
            _ = stream.nextRaw()
            let (nodes, _) = try parseList(.group(open: token))
            return Atom(node: Self.cell(nodes))
        case .superscriptMark, .subscriptMark, .prime:
            return Atom(node: .row([]))
        case .tie:
            _ = stream.nextRaw()
            return Atom(node: .text("\u{A0}", .plain))
        case .character(let scalar):
            _ = stream.nextRaw()
            return try characterAtom(scalar, token: token, single: single)
        case .command(let name):
            _ = stream.nextRaw()
            return try commandAtom(name, token: token)
        case .parameter(let number):
            throw stream.error(.unexpectedCharacter, "'#\(number)' outside a macro definition",
                               hint: "write '\\#' for a number sign", at: token)
        case .endGroup, .alignment, .space:
            return nil
        }
    }

    private mutating func characterAtom(_ scalar: Unicode.Scalar, token: Token, single: Bool) throws(MathError) -> Atom {
        if isDigit(scalar) {
            var digits = String(Character(scalar))
            while !single, let next = try stream.peek() {
                if case .character(let digit) = next.kind, isDigit(digit) {
                    digits.unicodeScalars.append(digit)
                } else if next.kind == .character("."), stream.position + 1 < stream.tokens.count,
                          case .character(let after) = stream.tokens[stream.position + 1].kind, isDigit(after),
                          !digits.contains(".") {
                    digits += "."
                } else {
                    break
                }
                _ = stream.nextRaw()
            }
            if let font, font != .roman {
                digits = String(String.UnicodeScalarView(digits.unicodeScalars.map { MathAlphabet.style($0, font) }))
            }
            return Atom(node: .number(digits))
        }
        if scalar.properties.isAlphabetic {
            guard let font, font.mergesLetters, !single else {
                return Atom(node: MathAlphabet.letterNode(scalar, font: font, upright: false))
            }
            var word = String(Character(MathAlphabet.style(scalar, font)))
            var count = 1
            while let next = try stream.peekSkippingSpaces(), case .character(let letter) = next.kind,
                  letter.properties.isAlphabetic {
                _ = stream.nextRaw()
                word.unicodeScalars.append(MathAlphabet.style(letter, font))
                count += 1
            }
            if count == 1 { return Atom(node: MathAlphabet.letterNode(scalar, font: font, upright: false)) }
            return Atom(node: .identifier(word, normal: false))
        }
        switch scalar {
        case "$":
            throw stream.error(.unexpectedCharacter, "'$' inside a formula",
                               hint: "write '\\$' for a dollar sign", at: token)
        case "-":
            return Atom(node: .op("\u{2212}", .plain))
        case "*":
            return Atom(node: .op("\u{2217}", .plain))
        default:
            return Atom(node: .op(String(Character(scalar)), Delimiters.plainAttributes(String(Character(scalar)))))
        }
    }

    private func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// The atom with any `'`, `^`, `_`, `\limits` that follow, as one or two nodes.
    mutating func parseScripts(_ atom: Atom) throws(MathError) -> [MathNode] {
        var sub: MathNode?
        var sup: MathNode?
        var primes = 0
        var limits = atom.limits
        while let token = try stream.peekSkippingSpaces() {
            switch token.kind {
            case .prime:
                if sup != nil { throw doubleScript(token, superscript: true) }
                _ = stream.nextRaw()
                primes += 1
                continue
            case .superscriptMark:
                if sup != nil { throw doubleScript(token, superscript: true) }
                _ = stream.nextRaw()
                sup = try parseScriptArgument(after: token)
                continue
            case .subscriptMark:
                if sub != nil { throw doubleScript(token, superscript: false) }
                _ = stream.nextRaw()
                sub = try parseScriptArgument(after: token)
                continue
            case .command(let name) where name == "limits" || name == "nolimits":
                guard atom.isOperator else {
                    throw stream.error(.unexpectedCharacter, "'\\\(name)' must follow a large operator",
                                       hint: "use it right after \\sum, \\int, \\max or \\operatorname*{…}", at: token)
                }
                _ = stream.nextRaw()
                limits = name == "limits" ? .always : .never
                continue
            default:
                break
            }
            break
        }
        var node = atom.node
        if primes > 0 {
            let marks = ["\u{2032}", "\u{2033}", "\u{2034}", "\u{2057}"]
            let symbol = primes <= 4 ? marks[primes - 1] : String(repeating: "\u{2032}", count: primes)
            let prime = MathNode.op(symbol, OperatorAttributes(spacing: "0em"))
            if sup == nil {
                // Math fonts draw ′ already raised; as a superscript it would shrink and float off the
                // letter, so it stays beside the base and a subscript follows it.
                node = .row([atom.node, prime])
            } else {
                sup = sup.map { .row([prime, $0]) } ?? prime
            }
        }
        if sub != nil || sup != nil {
            let stacked = limits == .always || (limits == .inDisplay && displayStyle)
            node = .scripts(base: node, sub: sub, sup: sup, limits: stacked && primes == 0)
        }
        return atom.isFunction ? [node, .op("\u{2061}", .plain)] : [node]
    }

    private func doubleScript(_ token: Token, superscript: Bool) -> MathError {
        superscript
            ? stream.error(.doubleSuperscript, "double superscript",
                           hint: "put both in one group, x^{ab}, or brace the base, {x^a}^b", at: token)
            : stream.error(.doubleSubscript, "double subscript",
                           hint: "put both in one group, x_{ab}, or brace the base, {x_a}_b", at: token)
    }

    private mutating func parseScriptArgument(after token: Token) throws(MathError) -> MathNode {
        let saved = displayStyle
        displayStyle = false
        defer { displayStyle = saved }
        let what = token.kind == .superscriptMark ? "superscript" : "subscript"
        return try parseArgument(
            missing: stream.error(.missingArgument, "missing \(what) after '\(token.kind.texSpelling)'",
                                  hint: "write the \(what) after it, e.g. x\(token.kind.texSpelling){i}", at: token))
    }

    /// A command's or script's argument: a braced group or a single atom.
    ///
    /// - Parameter missing: the error to throw when no argument follows.
    mutating func parseArgument(missing: MathError) throws(MathError) -> MathNode {
        guard let token = try stream.peekSkippingSpaces() else { throw missing }
        switch token.kind {
        case .endGroup, .alignment, .superscriptMark, .subscriptMark, .prime, .command("\\"), .command("right"),
             .command("end"), .character("]"):
            throw missing
        default:
            guard let atom = try parseAtom(single: true) else { throw missing }
            return atom.node
        }
    }
}
