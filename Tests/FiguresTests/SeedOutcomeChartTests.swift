import Testing
@testable import Figures
import TestSupport

@Suite("Seed outcome chart")
struct SeedOutcomeChartTests {
    static func error(_ chart: SeedOutcomeChart) -> String? {
        do {
            _ = try chart.render()
            return nil
        } catch {
            return error.message
        }
    }

    @Test func everyRowSolvedCountAndMedianIsDrawn() throws {
        let chart = SeedFixtures.outcomeChart()
        let svg = try chart.render()
        checkFigure(svg, named: "seed-outcome")
        for row in chart.rows { #expect(svg.contains(">\(row.label)</text>")) }
        #expect(svg.contains(">not solved</text>"))
        #expect(svg.contains(">9 of 10 solved</text>") && svg.contains(">1 of 10 solved</text>"))
        #expect(svg.contains(">median 980</text>"))
        #expect(svg.components(separatedBy: ">median: not reached</text>").count - 1 == 2, "RNN and MGU: half or more did not solve")
        #expect(svg.components(separatedBy: "<path class=\"md\"").count - 1 == chart.rows.count, "one median bar per row")
        #expect(svg.contains("GRU: 10 of 10 solved, median 1310."))
        #expect(svg.contains("RNN: 1 of 10 solved, median not reached"))
    }

    @Test func sameInputSameBytes() throws {
        let a = try SeedFixtures.outcomeChart().render()
        let b = try SeedFixtures.outcomeChart().render()
        #expect(a == b)
    }

    @Test func everySeedHasAMarkAndNoneHidesAnother() throws {
        let chart = SeedOutcomeChart(title: "t", xTitle: "steps", maxSteps: 1000, rows: [
            .init(label: "same", values: Array(repeating: 500, count: 10)),
            .init(label: "near", values: (0..<10).map { Double(500 + $0) }),
            .init(label: "stuck", values: Array(repeating: nil, count: 12)),
        ])
        let plan = try SeedOutcomePlan(chart: chart)
        for row in plan.rows {
            let marks = (row.solved + row.unsolved).map { Point(x: $0.x, y: $0.offset * SeedOutcomePlan.pitch) }
            #expect(marks.count == (row.label == "stuck" ? 12 : 10))
            for (i, a) in marks.enumerated() {
                for b in marks[(i + 1)...] {
                    let dx = a.x - b.x, dy = a.y - b.y
                    #expect(dx * dx + dy * dy >= 4 * SeedOutcomePlan.radius * SeedOutcomePlan.radius, "marks of '\(row.label)' overlap")
                }
            }
        }
        #expect(plan.rows[2].unsolved.allSatisfy { $0.x > plan.zone.minX && $0.x < plan.zone.maxX })
        let taller = try SeedOutcomePlan(chart: SeedOutcomeChart(title: "t", xTitle: "steps", maxSteps: 1000, rows: chart.rows + chart.rows))
        #expect(taller.height > plan.height, "height follows the number of rows")
    }

    @Test func medianCountsUnsolvedSeedsAsNeverArriving() {
        typealias Row = SeedOutcomeChart.Row
        #expect(Row.median(of: [300, 100, 200]) == 200)
        #expect(Row.median(of: [100, 200, nil, 400]) == 300)
        #expect(Row.median(of: [100, nil, 300]) == 300)
        #expect(Row.median(of: [100, 200, nil, nil]) == nil, "half did not solve")
        #expect(Row.median(of: [100, nil, nil]) == nil)
        #expect(Row.median(of: []) == nil)
        #expect(Row(label: "a", values: [1, 2, 3], median: nil).median == nil, "a given median is kept")
    }

    @Test func undrawableInputIsAnError() {
        let rows = [SeedOutcomeChart.Row(label: "a", values: [1, nil])]
        #expect(Self.error(SeedOutcomeChart(title: "t", xTitle: "x", maxSteps: 0, rows: rows))?.contains("maxSteps") == true)
        #expect(Self.error(SeedOutcomeChart(title: "t", xTitle: "x", maxSteps: -5, rows: rows))?.contains("maxSteps") == true)
        #expect(Self.error(SeedOutcomeChart(title: "t", xTitle: "x", maxSteps: .nan, rows: rows))?.contains("maxSteps") == true)
        #expect(Self.error(SeedOutcomeChart(title: "t", xTitle: "x", maxSteps: 10, rows: []))?.contains("no rows") == true)
        let empty = [SeedOutcomeChart.Row(label: "lstm", values: [])]
        #expect(Self.error(SeedOutcomeChart(title: "t", xTitle: "x", maxSteps: 10, rows: empty)) == "row 'lstm' has no seeds")
        let late = [SeedOutcomeChart.Row(label: "gru", values: [3, 12])]
        #expect(Self.error(SeedOutcomeChart(title: "t", xTitle: "x", maxSteps: 10, rows: late))?.contains("row 'gru', seed 2") == true)
        let placeholder = SeedOutcomeChart(title: "t", xTitle: "x", maxSteps: 10, rows: empty).renderOrPlaceholder()
        #expect(placeholder.contains("No data") && XMLCheck.parse(placeholder).parsed)
    }
}
