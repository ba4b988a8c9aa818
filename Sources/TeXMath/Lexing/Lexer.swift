/// Splits TeX source into tokens, the way TeX's category codes would.
struct Lexer {
    let source: [Unicode.Scalar]

    init(_ text: String) {
        source = Array(text.unicodeScalars)
    }

    /// Tokenizes the whole source; `%` starts a comment that runs to the end of the line.
    func tokens() throws(MathError) -> [Token] {
        var result: [Token] = []
        var index = 0
        while index < source.count {
            let start = index
            let scalar = source[index]
            index += 1
            switch scalar {
            case "\\":
                guard index < source.count else {
                    throw MathError(.unexpectedCharacter, "a formula cannot end with a lone '\\'",
                                    hint: "write '\\backslash' for a backslash symbol", at: start, in: source)
                }
                if isLetter(source[index]) {
                    while index < source.count, isLetter(source[index]) { index += 1 }
                    let name = String(String.UnicodeScalarView(source[(start + 1)..<index]))
                    result.append(Token(kind: .command(name), offset: start, length: index - start))
                    // TeX skips the blanks after a control word.
                    while index < source.count, isBlank(source[index]) { index += 1 }
                } else {
                    let symbol = source[index]
                    index += 1
                    let name = isBlank(symbol) ? " " : String(Character(symbol))
                    result.append(Token(kind: .command(name), offset: start, length: 2))
                }
            case "%":
                while index < source.count, source[index] != "\n" { index += 1 }
            case "#":
                if index < source.count, (0x31...0x39).contains(source[index].value) {
                    let digit = Int(source[index].value - 0x30)
                    index += 1
                    result.append(Token(kind: .parameter(digit), offset: start, length: 2))
                } else {
                    throw MathError(.unexpectedCharacter, "'#' must be followed by a parameter number 1-9",
                                    hint: "write '\\#' for a number sign", at: start, in: source)
                }
            default:
                if isBlank(scalar) {
                    while index < source.count, isBlank(source[index]) { index += 1 }
                    result.append(Token(kind: .space, offset: start, length: index - start))
                } else {
                    result.append(Token(kind: Lexer.kind(of: scalar), offset: start, length: 1))
                }
            }
        }
        return result
    }

    private static func kind(of scalar: Unicode.Scalar) -> TokenKind {
        switch scalar {
        case "{": return .beginGroup
        case "}": return .endGroup
        case "^": return .superscriptMark
        case "_": return .subscriptMark
        case "&": return .alignment
        case "~": return .tie
        case "'": return .prime
        default: return .character(scalar)
        }
    }

    private func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }
}
