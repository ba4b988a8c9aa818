import Lessons
import Testing
@testable import Runner

/// Which units an activations figure shows.
@Suite struct UnitSelectionTests {
    static let rows: [[Double]] = [[0, 0, 0], [1, 2, 3], [0, 5, 0], [3, 2, 1]]

    @Test func strongestCorrelationFirstTiesByUnitNumber() {
        #expect(ActivationsRunner.strongest([0.2, -0.97, 0.97, 0.5], count: 3) == [1, 2, 3])
        #expect(ActivationsRunner.strongest([.nan, 0.1, -0.3], count: 3) == [2, 1, 0], "a unit without an r comes last")
    }

    /// `by:` ranks by another quantity's correlation but shows this figure's rows, with each
    /// shown unit's r of the ranking quantity.
    @Test func correlatedSelectionReportsItsRanking() throws {
        var asked: (ActivationFeature, Quantity?)?
        let (units, ranking) = try ActivationsRunner.select(.correlated(.depth, count: 2, by: .cellState), rows: Self.rows) { feature, by in
            asked = (feature, by)
            return (.cellState, [0.1, -0.9, 0.3, 0.9])
        }
        #expect(asked?.0 == .depth && asked?.1 == .cellState)
        #expect(units == [1, 3])
        #expect(ranking == UnitRanking(feature: "depth", quantity: "cellState", r: [-0.9, 0.9]))
    }

    @Test func listsAndVarianceNeedNoRanking() throws {
        let never: (ActivationFeature, Quantity?) throws -> (quantity: Quantity, r: [Double]) = { _, _ in
            Issue.record("only correlated(…) asks for correlations")
            return (.hidden, [])
        }
        #expect(try ActivationsRunner.select(.top(2), rows: Self.rows, correlate: never) == ([2, 1], nil))
        #expect(try ActivationsRunner.select(.units([4, 1]), rows: Self.rows, correlate: never) == ([3, 0], nil))
    }

    /// A depth feature from bracket labels; none for other inputs.
    @Test func depthFeature() {
        #expect(ActivationsRunner.feature(.depth, labels: ["(", "(", ")"], steps: 3) == [1, 2, 1])
        #expect(ActivationsRunner.feature(.depth, labels: ["a", "b", "c"], steps: 3) == nil)
        #expect(ActivationsRunner.feature(.position, labels: [], steps: 3) == [1, 2, 3])
    }
}
