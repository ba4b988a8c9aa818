/// The macros a formula may use: `\newcommand` definitions by name.
///
/// Start from ``builtIn`` (the course notes' macros from DESIGN.md), add a
/// course-wide file and a lesson's front matter with ``define(contentsOf:)``,
/// and pass the table to ``MathConverter/convert(_:display:macros:)``, which
/// returns the table extended by any `\newcommand` inside the formula. A later
/// definition replaces an earlier one of the same name, built-ins included.
public struct MacroTable: Sendable, Equatable {
    var macros: [String: Macro] = [:]

    /// An empty table.
    public init() {}

    /// Parses `\newcommand` definitions (as in a macros file) on top of `base`.
    public init(parsing definitions: String, over base: MacroTable = .builtIn) throws(MathError) {
        self = base
        try define(contentsOf: definitions)
    }

    /// The macros of the course notes: `\tt` → `t`, `\tp` → `{(t)}`, `\x` → `\mathbf{x}`, ….
    public static let builtIn: MacroTable = {
        var table = MacroTable()
        var entries: [(String, String)] = [("tt", "t"), ("tp", "{(t)}"), ("ll", "l")]
        for letter in ["x", "y", "h", "c", "g", "b", "W"] {
            entries.append((letter, "\\mathbf{\(letter)}"))
        }
        for word in ["remember", "save", "focus"] {
            entries.append((word, "\\mathbf{\(word)}"))
        }
        for (name, body) in entries {
            // The bodies are fixed TeX without braces out of balance, so lexing cannot fail.
            let kinds = (try? Lexer(body).tokens().map(\.kind)) ?? []
            table.macros[name] = Macro(parameterCount: 0, defaultArgument: nil, body: kinds)
        }
        return table
    }()

    /// The defined names, without backslashes, sorted.
    public var names: [String] { macros.keys.sorted() }

    /// Whether `\name` is defined (pass the name without its backslash).
    public func contains(_ name: String) -> Bool { macros[name] != nil }

    /// Defines `\name` with `parameterCount` arguments `#1`…`#9` and a TeX body.
    ///
    /// - Throws: ``MathError`` (offsets into `body`) when the body's braces are
    ///   unbalanced or it uses a parameter beyond `parameterCount`.
    public mutating func define(_ name: String, parameterCount: Int = 0, body: String) throws(MathError) {
        let lexer = Lexer(body)
        let tokens = try lexer.tokens()
        guard (0...9).contains(parameterCount) else {
            throw MathError(.badMacroDefinition, "a macro takes 0 to 9 parameters, not \(parameterCount)",
                            at: 0, in: lexer.source)
        }
        try DefinitionReader.validate(body: tokens, parameterCount: parameterCount, source: lexer.source)
        macros[name] = Macro(parameterCount: parameterCount, defaultArgument: nil, body: tokens.map(\.kind))
    }

    /// Adds every `\newcommand`/`\renewcommand` in `definitions` (a macros file
    /// or a front-matter value); blanks and `%` comments may separate them.
    ///
    /// - Throws: ``MathError`` with offsets into `definitions` for anything else.
    public mutating func define(contentsOf definitions: String) throws(MathError) {
        let lexer = Lexer(definitions)
        var stream = TokenStream(tokens: try lexer.tokens(), source: lexer.source, macros: self)
        while true {
            stream.skipSpaces()
            guard let token = stream.nextRaw() else { break }
            guard case .command(let name) = token.kind, DefinitionReader.commands.contains(name) else {
                throw stream.error(.badMacroDefinition,
                                   "expected \\newcommand, found '\(token.kind.texSpelling)'",
                                   hint: "a macros file holds only \\newcommand{\\name}[n]{body} lines",
                                   at: token)
            }
            try DefinitionReader.readDefinition(after: token, from: &stream)
        }
        self = stream.macros
    }

    subscript(name: String) -> Macro? { macros[name] }
}
