import Testing
@testable import Figures
import TestSupport

@Suite("Seeds as thin lines with a median")
struct SeedRunsTests {
    static func sameValues(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
    }

    @Test func medianPerStep() throws {
        let odd = try LineSeries.median(label: "m", x: [0, 1], runs: [[3, 1], [1, 5], [2, 9]])
        #expect(odd.y == [2, 5])
        let even = try LineSeries.median(label: "m", x: [0], runs: [[1], [2], [3], [10]])
        #expect(even.y == [2.5], "an even count takes the mean of the middle two")
        #expect(odd.runs == SeedRuns(values: [[3, 1], [1, 5], [2, 9]], center: .median))
    }

    @Test func stoppedSeedsAreLeftOutFromWhereTheyStopped() throws {
        let series = try LineSeries.median(label: "m", x: [0, 1, 2, 3],
                                           runs: [[1, 1, 1, .nan], [2, .nan, 2, .nan], [4, 3, .infinity, .nan]])
        // Seed 2 stopped at step 1 and stays out even where it has a number again.
        #expect(Self.sameValues(series.y, [2, 2, 1, .nan]))
        let chart = LineChart(title: "t", xAxis: Axis(title: "step"), yAxis: Axis(title: "loss"), series: [series])
        #expect(try chart.render().contains("m diverged at step 3"), "where every seed stopped the median ends as a divergence")
    }

    @Test func medianErrors() {
        #expect(throws: FigureError.self) { try LineSeries.median(label: "m", x: [0, 1], runs: []) }
        do {
            _ = try LineSeries.median(label: "m", x: [0, 1], runs: [[1, 2], [1]])
            Issue.record("a short seed must be an error")
        } catch {
            #expect(error.message.contains("seed 2"))
        }
    }

    @Test func everySeedIsAThinLineAndTheLegendHasOneEntryPerSeries() throws {
        let runs = (0..<10).map { k in (0..<5).map { Double($0 + k) + 1 } }
        let series = try LineSeries.median(label: "LSTM", x: (0..<5).map(Double.init), runs: runs)
        let other = LineSeries(label: "GRU", y: [1, 2, 3, 4, 5])
        let svg = try LineChart(title: "t", xAxis: Axis(title: "step"), yAxis: Axis(title: "loss"), series: [series, other]).render()
        let group = try #require(svg.split(separator: "<g class=\"s0\" stroke-width=\"1\"").dropFirst().first)
        let thin = try #require(group.split(separator: "</g>").first)
        #expect(thin.components(separatedBy: "<path ").count - 1 == 10)
        #expect(svg.components(separatedBy: ">LSTM</text>").count - 1 == 1)
        #expect(svg.contains("LSTM (thick line: median of 10 seeds; thin lines: each seed)"))
    }

    @Test func summaryCountsStoppedSeeds() throws {
        let svg = try SeedFixtures.medianLossChart().render()
        #expect(svg.contains("RNN (thick line: median of 10 seeds; thin lines: each seed): final value"))
        #expect(svg.contains("1 of 10 seeds stopped (NaN), the first at step 600"))
        checkFigure(svg, named: "loss-median")
    }

    @Test func seedsWidenTheAxisAndAreDecimated() throws {
        let x = (0..<2000).map(Double.init)
        let runs = [x.map { 1 + 0.5 * Double(Int($0) % 2) }, x.map { _ in 40 }]
        let chart = LineChart(title: "t", xAxis: Axis(title: "step"), yAxis: Axis(title: "loss"),
                              series: [LineSeries(label: "a", x: x, y: x.map { _ in 2 }, runs: SeedRuns(values: runs, center: nil))])
        let plan = try LineChartPlan(chart: chart)
        #expect(plan.yDomain.1 >= 40, "a seed above the thick line stays inside the plot")
        let svg = try chart.render()
        #expect(svg.contains("thin lines: each of 2 seeds"))
        #expect(svg.utf8.count < 40_000, "\(svg.utf8.count) bytes: 2,000-point seeds are decimated per pixel column")
    }

    @Test func logAxisRejectsANonPositiveSeed() {
        let series = LineSeries(label: "a", y: [1, 0.5], runs: SeedRuns(values: [[1, 0.5], [1, 0]], center: .mean))
        do {
            _ = try LineChart.loss(title: "t", series: [series]).render()
            Issue.record("a zero on a log axis must be an error")
        } catch {
            #expect(error.message.contains("logarithmic") && error.message.contains("seed 2"))
        }
    }

    @Test func explicitColoursReplacePositions() throws {
        let chart = LineChart(title: "t", xAxis: Axis(title: "x"), yAxis: Axis(title: "y"), series: [
            LineSeries(label: "a", y: [1, 2], color: 4), LineSeries(label: "b", y: [2, 1]),
        ])
        let svg = try chart.render()
        #expect(svg.contains(".s4{stroke:var(--fig-series-5, \(FigureTheme.seriesFallbacks[4]))"))
        #expect(svg.contains("<path class=\"s4\" stroke-width=\"2\" stroke-linejoin=\"round\""))
        #expect(svg.contains("<path class=\"s1\" stroke-width=\"2\" stroke-linejoin=\"round\""))
        #expect(!svg.contains(".s0{"), "no style rule for a colour nobody uses")
        let legend = try LineChartPlan(chart: chart).legendEntries.map(\.color)
        #expect(legend == [4, 1])
        let negative = LineChart(title: "t", xAxis: Axis(title: "x"), yAxis: Axis(title: "y"), series: [LineSeries(label: "a", y: [1], color: -1)])
        #expect(throws: FigureError.self) { try negative.render() }
    }

    @Test func smallMultiplesShareALegendInExplicitColours() throws {
        let panels: [Panel] = ["one", "two"].map { title in
            .line(LineChart(title: title, xAxis: Axis(title: "x"), yAxis: Axis(title: "y"), series: [
                LineSeries(label: "a", y: [1, 2], color: 3), LineSeries(label: "b", y: [2, 1], color: 5),
            ]))
        }
        let layout = try SmallMultiplesLayout(SmallMultiples(title: "t", panels: panels))
        #expect(layout.sharedLegend?.entries.map(\.color) == [3, 5])
        let svg = try SmallMultiples(title: "t", panels: panels).render()
        #expect(svg.contains(".s3{") && svg.contains(".s5{") && !svg.contains(".s0{"))
    }
}
