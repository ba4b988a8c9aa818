import Testing
@testable import TeXMath

@Suite("Located diagnostics for bad formulas")
struct DiagnosticTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let tex: String
        var display = false
        let kind: MathError.Kind
        let offset: Int
        var line = 0
        let column: Int
        let message: String
        let hint: String
        var testDescription: String { tex }
    }

    static let cases: [Case] = [
        Case(tex: #"\frak{a}{b}"#, kind: .unknownCommand, offset: 0, column: 0,
             message: #"unknown command '\frak'"#, hint: #"did you mean '\frac'?"#),
        Case(tex: #"x + \alpah"#, kind: .unknownCommand, offset: 4, column: 4,
             message: #"unknown command '\alpah'"#, hint: #"did you mean '\alpha'?"#),
        Case(tex: #"\text{\foo}"#, kind: .unknownCommand, offset: 6, column: 6,
             message: #"unknown command '\foo' in text"#, hint: #"only escapes such as \% and \_ work inside \text"#),
        Case(tex: #"{a + b"#, kind: .unclosedGroup, offset: 0, column: 0,
             message: "unclosed '{'", hint: "add a matching '}'"),
        Case(tex: #"α + \beta_{"#, kind: .unclosedGroup, offset: 10, column: 10,
             message: "unclosed '{'", hint: "add a matching '}'"),
        Case(tex: #"a + b}"#, kind: .unexpectedCloseBrace, offset: 5, column: 5,
             message: "unexpected '}'", hint: "remove it or add a matching '{' before it"),
        Case(tex: #"\frac{a}"#, kind: .missingArgument, offset: 0, column: 0,
             message: #"'\frac' expects 2 arguments, found 1"#, hint: #"write \frac{…}{…}"#),
        Case(tex: "a +\n  \\frac{1}", display: true, kind: .missingArgument, offset: 6, line: 1, column: 2,
             message: #"'\frac' expects 2 arguments, found 1"#, hint: #"write \frac{…}{…}"#),
        Case(tex: #"x^"#, kind: .missingArgument, offset: 1, column: 1,
             message: "missing superscript after '^'", hint: "write the superscript after it, e.g. x^{i}"),
        Case(tex: #"\begin{foo} a \end{foo}"#, display: true, kind: .unknownEnvironment, offset: 0, column: 0,
             message: "unknown environment 'foo'", hint: "use array, matrix, pmatrix, bmatrix, aligned or cases"),
        Case(tex: #"\begin{aray}{l} a \end{aray}"#, display: true, kind: .unknownEnvironment, offset: 0, column: 0,
             message: "unknown environment 'aray'", hint: "did you mean 'array'?"),
        Case(tex: #"\begin{array}{ll} a & b \end{matrix}"#, display: true, kind: .mismatchedEnvironment,
             offset: 24, column: 24, message: #"'\begin{array}' ended by '\end{matrix}'"#, hint: #"write '\end{array}'"#),
        Case(tex: #"\begin{cases} a & b"#, display: true, kind: .unclosedEnvironment, offset: 0, column: 0,
             message: #"'\begin{cases}' has no matching '\end{cases}'"#, hint: #"add '\end{cases}'"#),
        Case(tex: #"x \end{array}"#, display: true, kind: .mismatchedEnvironment, offset: 2, column: 2,
             message: #"'\end{array}' without a matching '\begin{array}'"#, hint: #"add '\begin{array}' before it, or remove it"#),
        Case(tex: #"\newcommand{\a}{\a} \a"#, kind: .runawayMacro, offset: 20, column: 20,
             message: #"runaway macro '\a': expansion does not end"#,
             hint: "a macro must not use itself, directly or through other macros"),
        Case(tex: #"\left( \frac{a}{b}"#, display: true, kind: .leftWithoutRight, offset: 0, column: 0,
             message: #"'\left' has no matching '\right'"#, hint: #"close it with '\right)' or '\right.' in the same group"#),
        Case(tex: #"a \right)"#, kind: .rightWithoutLeft, offset: 2, column: 2,
             message: #"'\right' without a matching '\left'"#, hint: #"add a '\left' before it in the same group, or remove it"#),
        Case(tex: #"\left\frac"#, display: true, kind: .missingDelimiter, offset: 0, column: 0,
             message: #"missing delimiter after '\left'"#, hint: #"write a delimiter such as ( [ \{ | or . for none"#),
        Case(tex: #"a & b"#, kind: .misplacedAlignment, offset: 2, column: 2,
             message: "'&' outside an alignment environment",
             hint: "use '&' only directly inside array, matrix, aligned or cases"),
        Case(tex: #"a \\ b"#, kind: .misplacedRowBreak, offset: 2, column: 2,
             message: #"'\\' outside an environment"#, hint: #"use '\\' in display math ($$…$$) or inside an environment"#),
        Case(tex: #"x_a_b"#, kind: .doubleSubscript, offset: 3, column: 3,
             message: "double subscript", hint: "put both in one group, x_{ab}, or brace the base, {x_a}_b"),
        Case(tex: #"x^a^b"#, kind: .doubleSuperscript, offset: 3, column: 3,
             message: "double superscript", hint: "put both in one group, x^{ab}, or brace the base, {x^a}^b"),
        Case(tex: #"\newcommand{x}{y}"#, display: true, kind: .badMacroDefinition, offset: 11, column: 11,
             message: #"\newcommand needs a command name such as {\foo}"#,
             hint: #"write \newcommand{\name}[number of arguments]{body}"#),
        Case(tex: #"\newcommand{\f}[1]{#2}"#, display: true, kind: .badMacroDefinition, offset: 19, column: 19,
             message: "'#2' used in a macro with 1 parameter", hint: "raise the number in [2]"),
        Case(tex: #"\newcommand{\b}[2]{#1#2} \b{x}"#, kind: .missingArgument, offset: 25, column: 25,
             message: #"'\b' expects 2 arguments, found 1"#, hint: #"write the arguments in braces: \b{…}"#),
        Case(tex: #"\newcommand{\bad}{\frak} x \bad"#, kind: .unknownCommand, offset: 27, column: 27,
             message: #"unknown command '\frak' (in the expansion of the macro here)"#, hint: #"did you mean '\frac'?"#),
        Case(tex: #"a \textcolor{red;x:y}{b}"#, kind: .unexpectedCharacter, offset: 2, column: 2,
             message: "'red;x:y' is not a colour", hint: "write a name such as red or a code such as #1f77b4"),
        Case(tex: #"a \hspace{3furlongs} b"#, kind: .unexpectedCharacter, offset: 2, column: 2,
             message: "'3furlongs' is not a length", hint: "write a length such as 1em, 4pt or 3mu"),
        Case(tex: #"$x$"#, kind: .unexpectedCharacter, offset: 0, column: 0,
             message: "'$' inside a formula", hint: #"write '\$' for a dollar sign"#),
        Case(tex: #"\begin{array} a \end{array}"#, display: true, kind: .missingArgument, offset: 0, column: 0,
             message: #"'\begin{array}' needs a column spec"#, hint: #"write \begin{array}{lcr} with one letter per column"#),
    ]

    @Test("each bad formula reports its kind, place, message and hint", arguments: cases)
    func diagnostic(_ expected: Case) {
        let result = MathConverter().convert(expected.tex, display: expected.display, macros: .builtIn)
        guard case .failure(let error) = result else {
            Issue.record("expected an error for \(expected.tex)")
            return
        }
        #expect(error.kind == expected.kind)
        #expect(error.offset == expected.offset)
        #expect(error.line == expected.line)
        #expect(error.column == expected.column)
        #expect(error.message == expected.message)
        #expect(error.hint == expected.hint)
    }

    @Test("mutually recursive macros are stopped as runaway, at the outermost call")
    func mutualRecursion() {
        let tex = #"\newcommand{\a}{\b\b}\newcommand{\b}{\c\c}\newcommand{\c}{\a} \a"#
        let result = MathConverter().convert(tex, display: false, macros: .builtIn)
        guard case .failure(let error) = result else {
            Issue.record("expected a runaway macro")
            return
        }
        #expect(error.kind == .runawayMacro)
        #expect(error.offset == 62)
    }

    @Test("an error on a formula's later line maps to the lesson's line and column")
    func lessonLocation() throws {
        // The formula starts at lesson line 10, column 5 (after `$$`).
        let result = MathConverter().convert("a +\n  \\frak{1}", display: true, macros: .builtIn)
        guard case .failure(let error) = result else {
            Issue.record("expected an error")
            return
        }
        #expect(error.location(formulaLine: 10, formulaColumn: 5) == (11, 3))
        let first = MathConverter().convert("x + \\frak", display: false, macros: .builtIn)
        guard case .failure(let sameLine) = first else {
            Issue.record("expected an error")
            return
        }
        #expect(sameLine.location(formulaLine: 10, formulaColumn: 5) == (10, 9))
        #expect(sameLine.length == 5)
        #expect(sameLine.description == #"unknown command '\frak'; did you mean '\frac'?"#)
    }

    @Test("a failed conversion leaves the caller's macro table unchanged")
    func failureKeepsMacros() {
        var macros = MacroTable.builtIn
        #expect(throws: MathError.self) {
            _ = try MathConverter().convert(#"\newcommand{\q}{1} \frak"#, display: false, macros: &macros)
        }
        #expect(!macros.contains("q"))
    }
}
