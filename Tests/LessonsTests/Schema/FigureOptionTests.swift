import Testing
@testable import Lessons

/// The display options of figures: function-plot axis titles.
@Suite("Schema: figure options")
struct FigureOptionTests {
    func parse(_ info: String, _ body: String...) -> DirectiveParseResult {
        DirectiveParser.parse(FencedBlock(info: info, at: location(1, 4),
                                          lines: body.enumerated().map { SourceLine($0.element, at: location($0.offset + 2, 1)) }))
    }

    func errors(_ info: String, _ body: String...) -> [String] {
        describe(DirectiveParser.parse(FencedBlock(info: info, at: location(1, 4),
                                                   lines: body.enumerated().map { SourceLine($0.element, at: location($0.offset + 2, 1)) })).diagnostics)
    }

    func plot(_ result: DirectiveParseResult) -> FunctionPlotDirective? {
        if case .functionPlot(let plot)? = result.directive?.content { return plot }
        return nil
    }

    @Test func functionPlotAxisTitles() throws {
        let plain = try #require(plot(parse("{function-plot} f")))
        #expect(plain.xLabel == "x" && plain.yLabel == "f(x)")
        let titled = try #require(plot(parse("{function-plot} g", ":functions: [sigmoid]",
                                             ":xLabel: \"score difference s₁ − s₂\"", ":yLabel: \"weight on state 1\"")))
        #expect(titled.xLabel == "score difference s₁ − s₂" && titled.yLabel == "weight on state 1")
        // Display only: the titles do not change what the figure computes.
        #expect(titled.canonicalForm == "function-plot(functions: [sigmoid(k: 1.0)], x: -6.0...6.0)")
    }

    @Test func badAxisTitles() {
        #expect(errors("{function-plot} f", ":xLabel: 3") == ["2:10: expected a string, got an integer"])
        #expect(errors("{function-plot} f", ":yLabel: \"\"") == ["2:10: 'yLabel' is empty"])
        #expect(errors("{function-plot} f", ":ylabel: \"w\"") == ["2:2: unknown option 'ylabel'; did you mean 'yLabel'?"])
    }
}
