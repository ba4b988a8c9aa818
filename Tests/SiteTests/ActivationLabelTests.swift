import Testing
@testable import Runner
@testable import Site

/// Rows of an activations heatmap say what each unit tracks when units were ranked.
@Suite struct ActivationLabelTests {
    static func result(ranking: UnitRanking?) -> ActivationsResult {
        ActivationsResult(model: "lstm", quantity: "hidden", units: [16, 7], values: [[0, 1], [1, 0]], columnLabels: ["(", ")"],
                          isGate: false, correlations: nil, ranking: ranking)
    }

    @Test func unitNumbersWithoutARanking() {
        #expect(DirectiveRenderer.rowLabels(Self.result(ranking: nil)) == ["unit 16", "unit 7"])
    }

    @Test func rankedRowsNameTheFeatureAndTheRankingQuantity() {
        let own = UnitRanking(feature: "depth", quantity: "hidden", r: [0.974, -0.5])
        #expect(DirectiveRenderer.rowLabels(Self.result(ranking: own)) == ["r = 0.97 with depth", "r = −0.50 with depth"])
        let byCell = UnitRanking(feature: "depth", quantity: "cellState", r: [0.99, 0.9])
        #expect(DirectiveRenderer.rowLabels(Self.result(ranking: byCell))
                == ["r(c) = 0.99 with depth", "r(c) = 0.90 with depth"])
    }
}
