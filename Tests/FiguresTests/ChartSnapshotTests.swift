import Testing
@testable import Figures
import TestSupport

@Suite("Chart golden files")
struct ChartSnapshotTests {
    @Test func lossChartWithBandsBaselineAndDivergence() throws {
        let svg = try FixtureData.lossChart().render()
        checkFigure(svg, named: "loss-chart")
        #expect(svg.contains("RNN diverged at step 360"))
        #expect(svg.contains("baseline 1/6 (predict the mean)"))
    }

    @Test func gradientNormChart() throws {
        let chart = LineChart.gradientNorms(title: "Gradient norm through time at initialisation",
                                            series: FixtureData.gradientSeries(trained: false), id: "gradients")
        let svg = try chart.render()
        checkFigure(svg, named: "gradient-norms")
        #expect(svg.contains("10⁻⁸"))
    }

    @Test func functionPlot() throws {
        let chart = LineChart.functions(title: "Activation functions", [.sigmoid(), .tanh, .relu, .sigmoid(k: 5)], id: "functions")
        checkFigure(try chart.render(), named: "function-plot")
    }

    @Test func predictionPlot() throws {
        let target = FixtureData.dampedSine(length: 120)
        let prediction = FixtureData.dampedSine(length: 120, shift: 0.0).enumerated().map { i, v in
            i < 80 ? v + 0.01 * Double(i % 3 - 1) : v + 0.004 * Double(i - 80)
        }
        let chart = SmallMultiples.prediction(title: "Damped sine: prediction", target: target, prediction: prediction,
                                              freeRunStart: 80, id: "prediction")
        let svg = try chart.render()
        checkFigure(svg, named: "prediction-plot")
        #expect(svg.components(separatedBy: ">free-running from step 80</text>").count == 2, "the marker is labelled once")
        #expect(svg.contains(">Error: prediction − target</text>"))
    }

    /// The target is drawn dashed after (over) the prediction, and the error panel plots
    /// prediction − target on the same time axis.
    @Test func predictionKeepsTheTargetVisibleAndPlotsTheError() throws {
        let target = [0.0, 1, 2, 3], prediction = [0.5, 1, 1.5, 3]
        let figure = SmallMultiples.prediction(title: "p", target: target, prediction: prediction, freeRunStart: 2)
        guard case .line(let values) = figure.panels[0], case .line(let errors) = figure.panels[1] else {
            Issue.record("expected two line panels")
            return
        }
        #expect(values.series.map(\.label) == ["prediction", "target"])
        #expect(values.series.last?.dashed == true)
        #expect(errors.series.first?.y == [0.5, 0, -0.5, 0])
        #expect(errors.markers.map(\.x) == [2] && values.markers.map(\.x) == [2])
        let svg = try figure.render()
        let targetPath = try #require(svg.range(of: "stroke-dasharray=\"6 4\""))
        let predictionPath = try #require(svg.range(of: "class=\"s1\" stroke-width=\"2\""))
        #expect(predictionPath.lowerBound < targetPath.lowerBound, "the target is drawn on top")
    }

    @Test func functionPlotAxisTitles() throws {
        let chart = LineChart.functions(title: "Attention weight", [.sigmoid()], x: -4...4,
                                        xTitle: "score difference s₁ − s₂", yTitle: "weight on state 1")
        let svg = try chart.render()
        #expect(svg.contains(">score difference s₁ − s₂</text>") && svg.contains(">weight on state 1</text>"))
        #expect(!svg.contains(">f(x)</text>"))
    }

    @Test func gateHeatmap() throws {
        let map = Heatmap(title: "Forget gate on brackets", values: FixtureData.gateValues(units: 8),
                          columnLabels: FixtureData.brackets.map(String.init), scale: .sequential(0...1),
                          xTitle: "input", colorBarTitle: "forget gate f", id: "gates")
        checkFigure(try map.render(), named: "heatmap-gates")
    }

    @Test func cellStateHeatmap() throws {
        let map = Heatmap(title: "Cell state on brackets", values: FixtureData.cellStates(units: 6),
                          rowLabels: ["unit 3", "unit 7", "unit 12", "unit 19", "unit 24", "unit 31"],
                          columnLabels: FixtureData.brackets.map(String.init), scale: .diverging(),
                          xTitle: "input", colorBarTitle: "cell state c", id: "cells")
        checkFigure(try map.render(), named: "heatmap-cell-state")
    }

    /// A faint row keeps its contrast when each row is scaled on its own: its largest value gets
    /// full colour, and its label gives its range.
    @Test func rowScaledHeatmap() throws {
        let values = [[4.0, -4, 2, 0], [0.1, -0.05, 0.05, 0]]
        let map = Heatmap(title: "Counters", values: values, rowLabels: ["strong", "faint"], scale: .diverging(),
                          scalesRows: true, colorBarTitle: "cell state c", id: "rows")
        let plan = try HeatmapPlan(heatmap: map)
        #expect(plan.level(4, row: 0)?.step == HeatmapPlan.levels)
        #expect(plan.level(0.1, row: 1)?.step == HeatmapPlan.levels)
        #expect(plan.level(0.05, row: 1)?.step == HeatmapPlan.levels / 2)
        #expect(plan.rowLabels == ["strong (±4)", "faint (±0.1)"])
        let shared = try HeatmapPlan(heatmap: Heatmap(title: "Counters", values: values, scale: .diverging()))
        #expect(shared.level(0.1, row: 1)?.step == 1, "on one shared scale the faint row is nearly background")
        let svg = try map.render()
        checkFigure(svg, named: "heatmap-row-scaled")
        #expect(svg.contains(">+row max</text>") && svg.contains("each row scaled to its own range"))
    }

    @Test func smallMultiplesOfGradientNorms() throws {
        let panels: [Panel] = [false, true].map { trained in
            .line(.gradientNorms(title: trained ? "trained" : "at initialisation", series: FixtureData.gradientSeries(trained: trained)))
        }
        let figure = SmallMultiples(title: "Gradient norm through time", panels: panels, id: "multiples")
        let svg = try figure.render()
        checkFigure(svg, named: "small-multiples-gradients")
        #expect(svg.contains("-clip-0") && svg.contains("-clip-1"))
    }

    @Test func smallMultiplesOfHeatmaps() throws {
        let labels = FixtureData.brackets.map(String.init)
        let panels: [Panel] = [
            .heatmap(Heatmap(title: "LSTM cell state", values: FixtureData.cellStates(units: 4), columnLabels: labels,
                             scale: .diverging(), xTitle: "input", colorBarTitle: "c")),
            .heatmap(Heatmap(title: "GRU hidden state", values: FixtureData.cellStates(units: 4).map { $0.map { $0 * 0.4 } },
                             columnLabels: labels, scale: .diverging(), xTitle: "input", colorBarTitle: "h")),
        ]
        let figure = SmallMultiples(title: "States on brackets", panels: panels, columns: 1, panelWidth: 640, panelHeight: 150, id: "state-multiples")
        checkFigure(try figure.render(), named: "small-multiples-heatmaps")
    }

    @Test func noDataFigure() {
        let chart = LineChart.loss(title: "Empty", series: [])
        let svg = chart.renderOrPlaceholder()
        checkFigure(svg, named: "no-data")
        #expect(svg.contains("No data"))
    }
}
