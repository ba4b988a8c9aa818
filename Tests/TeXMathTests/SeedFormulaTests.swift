import Testing
@testable import TeXMath
import TestSupport

@Suite("The seed notes' formulas")
struct SeedFormulaTests {
    @Test("the copy holds every formula of the five pages")
    func copyIsComplete() {
        #expect(SeedFormulas.pages.count == 5)
        #expect(SeedFormulas.pages.map(\.formulas.count).reduce(0, +) == 201)
    }

    @Test("every formula converts with DESIGN.md's macros and is well-formed XML",
          arguments: SeedFormulas.pages.map(\.name))
    func pageConverts(_ name: String) throws {
        let formulas = try #require(SeedFormulas.pages.first { $0.name == name }).formulas
        var macros = MacroTable.builtIn
        for formula in formulas {
            let result = MathConverter().convert(formula.tex, display: formula.display, macros: macros)
            switch result {
            case .success(let conversion):
                macros = conversion.macros
                if let markup = conversion.mathML {
                    #expect(XMLCheck.problem(markup) == nil, "\(formula.tex)")
                    #expect(!markup.contains("merror"))
                } else {
                    #expect(formula.tex.contains("\\newcommand"), "only definitions may render nothing: \(formula.tex)")
                }
            case .failure(let error):
                Issue.record("\(name): \(formula.tex.debugDescription): \(error) at \(error.offset)")
            }
        }
    }

    @Test("a display block of \\newcommands renders nothing and its macros reach later formulas")
    func definitionsCarryOver() throws {
        let page = try #require(SeedFormulas.pages.first { $0.name.hasPrefix("001") })
        let definitions = try #require(page.formulas.first)
        var macros = MacroTable()
        let markup = try MathConverter().convert(definitions.tex, display: true, macros: &macros)
        #expect(markup == nil)
        #expect(macros.names == ["focus", "g", "remember", "save"])
        let used = try #require(try MathConverter().convert(#"\save_t"#, display: false, macros: &macros))
        #expect(used.contains("<mi>𝐬𝐚𝐯𝐞</mi>"))
    }
}
