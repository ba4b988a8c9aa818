import Testing
@testable import Lessons

/// The display options of figures: function-plot axis titles, activations' unit ranking and scale.
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

    func activations(_ result: DirectiveParseResult) -> ActivationsDirective? {
        if case .activations(let activations)? = result.directive?.content { return activations }
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

    @Test func correlatedUnits() throws {
        let ranked = try #require(activations(parse("{activations} a", ":experiment: e", ":quantity: hidden",
                                                    ":units: correlated(depth, count: 3, by: cellState)", ":scale: row")))
        #expect(ranked.units == .correlated(.depth, count: 3, by: .cellState))
        #expect(ranked.scale == .row)
        #expect(ranked.canonicalForm == "activations(experiment: e, model: 1, quantity: hidden, input: input(seed: 1), "
                + "units: correlated(feature: depth, count: 3, by: cellState))")
        let byItself = try #require(activations(parse("{activations} a", ":experiment: e", ":quantity: cellState",
                                                      ":units: correlated(feature: position)")))
        #expect(byItself.units == .correlated(.position, count: 4, by: nil))
        #expect(byItself.scale == .shared)
        // The scale is display only: it is not part of the cache key.
        let shared = try #require(activations(parse("{activations} a", ":experiment: e", ":quantity: cellState",
                                                    ":units: correlated(feature: position)", ":scale: shared")))
        #expect(shared.canonicalForm == byItself.canonicalForm)
    }

    @Test func badCorrelatedUnits() {
        let head = [":experiment: e", ":quantity: hidden"]
        func unitErrors(_ units: String) -> [String] {
            describe(parse("{activations} a", head[0], head[1], ":units: \(units)").diagnostics)
        }
        #expect(unitErrors("correlated") == ["4:9: correlated needs a feature"])
        #expect(unitErrors("correlated(dpth)") == ["4:20: unknown value 'dpth' for 'feature'; did you mean 'depth'?"])
        #expect(unitErrors("correlated(depth, count: 0)") == ["4:34: value 0 is out of range for 'count'"])
        #expect(unitErrors("correlated(depth, 3)") == ["4:27: argument of correlated needs a label"])
        #expect(unitErrors("correlated(depth, by: cell)") == ["4:31: unknown value 'cell' for 'by'; did you mean 'cellState'?"])
        #expect(unitErrors("correlated(count: 2)") == ["4:9: correlated needs the argument 'feature'"])
        #expect(errors("{activations} a", head[0], head[1], ":scale: rows") == ["4:9: unknown value 'rows' for 'scale'; did you mean 'row'?"])
    }
}
