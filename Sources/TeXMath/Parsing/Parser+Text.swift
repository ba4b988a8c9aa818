/// `\text` and its relatives, which switch to text inside a formula.
enum TextCommands {
    static let styles: [String: TextStyle] = [
        "text": .plain, "textrm": .plain, "textnormal": .plain, "mbox": .plain, "textsf": .plain,
        "textup": .plain, "textbf": TextStyle(bold: true), "textit": TextStyle(italic: true),
        "emph": TextStyle(italic: true), "texttt": TextStyle(monospace: true),
    ]

    /// Commands allowed inside text, and what they write.
    static let symbols: [String: String] = [
        "%": "%", "$": "$", "_": "_", "#": "#", "&": "&", "{": "{", "}": "}", " ": " ",
        ",": "\u{2009}", ";": "\u{2005}", ":": "\u{2005}", "quad": "\u{2003}", "qquad": "\u{2003}\u{2003}",
        "textbackslash": "\\", "ldots": "\u{2026}", "dots": "\u{2026}", "textendash": "\u{2013}",
        "textemdash": "\u{2014}", "textasciitilde": "~", "textasciicircum": "^", "S": "\u{A7}",
    ]
}

extension Parser {
    /// The argument of `\text{…}` as an `<mtext>`; blanks become no-break spaces as in TeX's math.
    mutating func parseTextArgument(command name: String, token: Token, style: TextStyle) throws(MathError) -> MathNode {
        stream.skipSpaces()
        guard let first = try stream.next() else {
            throw missingArgument(name, token: token, expected: 1, found: 0)
        }
        var content = ""
        var depth = 0
        var current: Token? = first
        if first.kind == .endGroup || first.kind == .alignment {
            throw missingArgument(name, token: token, expected: 1, found: 0)
        }
        let braced = first.kind == .beginGroup
        if braced {
            depth = 1
            current = try stream.next()
        }
        while let piece = current {
            switch piece.kind {
            case .beginGroup:
                depth += 1
            case .endGroup:
                depth -= 1
            case .character("$"):
                throw stream.error(.unexpectedCharacter, "math inside '\\\(name)' is not supported",
                                   hint: "close the text and write the math after it: \\text{if } x", at: piece)
            case .command(let inner):
                guard let symbol = TextCommands.symbols[inner] else {
                    let hint = Suggestions.closest(to: inner, among: Array(TextCommands.symbols.keys)).map { "did you mean '\\\($0)'?" }
                        ?? "only escapes such as \\% and \\_ work inside \\\(name)"
                    throw stream.error(.unknownCommand, "unknown command '\\\(inner)' in text", hint: hint, at: piece)
                }
                content += symbol
            case .space:
                content += " "
            case .tie:
                content += "\u{A0}"
            case .parameter(let number):
                throw stream.error(.unexpectedCharacter, "'#\(number)' outside a macro definition",
                                   hint: "write '\\#' for a number sign", at: piece)
            default:
                content += piece.kind.texSpelling
            }
            if !braced || depth == 0 { break }
            current = try stream.next()
        }
        if braced, depth > 0 {
            throw stream.error(.unclosedGroup, "unclosed '{'", hint: "add a matching '}'", at: first)
        }
        return .text(content.replacingBlanks, style)
    }
}

private extension String {
    var replacingBlanks: String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == " " ? "\u{A0}" : $0 }))
    }
}
