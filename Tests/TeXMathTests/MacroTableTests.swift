import Testing
@testable import TeXMath

@Suite("Macro tables")
struct MacroTableTests {
    private func mathML(_ tex: String, _ macros: MacroTable = .builtIn, display: Bool = false) throws -> String {
        try #require(try MathConverter().convert(tex, display: display, macros: macros).get().mathML)
    }

    @Test("the built-ins are DESIGN.md's macros")
    func builtIns() throws {
        #expect(MacroTable.builtIn.names == ["W", "b", "c", "focus", "g", "h", "ll", "remember", "save", "tp", "tt", "x", "y"])
        #expect(try mathML(#"\h_\tp"#) == (try mathML(#"\mathbf{h}_{(t)}"#)).replacingOccurrences(of: #"\mathbf{h}_{(t)}"#, with: #"\h_\tp"#))
        #expect(try mathML(#"\ll"#).contains("<mi>l</mi>"))
        #expect(try mathML(#"\focus"#).contains("<mi>𝐟𝐨𝐜𝐮𝐬</mi>"))
    }

    @Test("a macros file overrides built-ins and may hold comments and \\renewcommand")
    func definitionsFile() throws {
        let file = """
            % course-wide macros
            \\newcommand{\\R}{\\mathbb{R}}
            \\renewcommand{\\c}{\\mathbf{C}}
            \\newcommand\\ll{\\ell}
            \\newcommand{\\norm}[1]{\\left\\| #1 \\right\\|}
            """
        let macros = try MacroTable(parsing: file)
        #expect(try mathML(#"\R"#, macros).contains("<mi>ℝ</mi>"))
        #expect(try mathML(#"\c"#, macros).contains("<mi>𝐂</mi>"))
        #expect(try mathML(#"\ll"#, macros).contains("<mi>ℓ</mi>"))
        #expect(try mathML(#"\norm{\x}"#, macros).contains("<mo fence=\"true\" form=\"prefix\" stretchy=\"true\">‖</mo><mi>𝐱</mi>"))
    }

    @Test("\\DeclareMathOperator and \\newcommand* read like LaTeX's")
    func operatorDeclarations() throws {
        let macros = try MacroTable(parsing: #"\DeclareMathOperator*{\argmax}{arg\,max} \DeclareMathOperator{\sgn}{sgn} \newcommand*{\half}{\frac12}"#)
        #expect(try mathML(#"\argmax_k p_k"#, macros, display: true).contains("<munder><mrow><mi>arg</mi><mspace width=\"0.167em\"/><mi>max</mi></mrow><mi>k</mi></munder>"))
        #expect(try mathML(#"\sgn x"#, macros).contains("<mi>sgn</mi><mo>&#x2061;</mo><mspace width=\"0.167em\"/><mi>x</mi>"))
        #expect(try mathML(#"\half"#, macros).contains("<mfrac><mn>1</mn><mn>2</mn></mfrac>"))
    }

    @Test("a macros file with something other than definitions is an error located in the file")
    func badDefinitionsFile() {
        #expect {
            _ = try MacroTable(parsing: "\\newcommand{\\a}{x}\n\\frac{1}{2}")
        } throws: { error in
            guard let error = error as? MathError else { return false }
            return error.kind == .badMacroDefinition && error.line == 1 && error.column == 0
                && error.message == #"expected \newcommand, found '\frac'"#
        }
        #expect(throws: MathError.self) { _ = try MacroTable(parsing: #"\newcommand{\a}{x"#) }
        #expect(throws: MathError.self) { _ = try MacroTable(parsing: #"\newcommand{\a}[x]{y}"#) }
    }

    @Test("define(_:parameterCount:body:) takes front matter's name/body pairs")
    func defineByName() throws {
        var macros = MacroTable.builtIn
        try macros.define("pair", parameterCount: 2, body: "(#1, #2)")
        #expect(try mathML(#"\pair{a}{\x}"#, macros) == (try mathML(#"(a, \x)"#)).replacingOccurrences(of: #"(a, \x)"#, with: #"\pair{a}{\x}"#))
        #expect(throws: MathError.self) { try macros.define("bad", parameterCount: 1, body: "#2") }
        #expect(throws: MathError.self) { try macros.define("bad", parameterCount: 10, body: "x") }
    }

    @Test("a formula's \\newcommand lasts for the rest of the page and a later one wins")
    func formulaDefinitions() throws {
        var macros = MacroTable.builtIn
        let converter = MathConverter()
        #expect(try converter.convert(#"\newcommand{\v}{a}"#, display: true, macros: &macros) == nil)
        #expect(try converter.convert(#"\v"#, display: false, macros: &macros)?.contains("<mi>a</mi>") == true)
        #expect(try converter.convert(#"\renewcommand{\v}{b} \v"#, display: true, macros: &macros)?.contains("<mi>b</mi>") == true)
        #expect(try converter.convert(#"\v"#, display: false, macros: &macros)?.contains("<mi>b</mi>") == true)
    }

    @Test("arguments are substituted without expansion and keep their braces' grouping")
    func arguments() throws {
        let macros = try MacroTable(parsing: #"\newcommand{\sq}[1]{{#1}^2} \newcommand{\opt}[2][n]{#1_#2}"#)
        #expect(try mathML(#"\sq{a+b}"#, macros).contains("<msup><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mn>2</mn></msup>"))
        #expect(try mathML(#"\opt{i}"#, macros).contains("<msub><mi>n</mi><mi>i</mi></msub>"))
        #expect(try mathML(#"\opt[m]{i}"#, macros).contains("<msub><mi>m</mi><mi>i</mi></msub>"))
    }

    @Test("a macro that expands exponentially is stopped")
    func exponentialExpansion() {
        // \ma doubles into \mb\mb, … 25 times: 2^25 calls of \mz unless the total is capped.
        var definitions = #"\newcommand{\mz}{x}"#
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        for index in 0..<25 {
            definitions += "\\newcommand{\\m\(letters[index])}{\\m\(letters[index + 1])\\m\(letters[index + 1])}"
        }
        let result = MathConverter().convert(definitions + #"\ma"#, display: false, macros: .builtIn)
        guard case .failure(let error) = result else {
            Issue.record("expected a runaway macro")
            return
        }
        #expect(error.kind == .runawayMacro)
    }
}
