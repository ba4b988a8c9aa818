import Testing
@testable import Figures
import TestSupport

@Suite("Undrawable input gives an error, never a trap")
struct UndrawableInputTests {
    static func error(_ chart: LineChart) -> String? {
        do {
            _ = try chart.render()
            return nil
        } catch {
            return error.message
        }
    }

    static func chart(_ series: [LineSeries], scale: AxisScale = .linear) -> LineChart {
        LineChart(title: "t", xAxis: Axis(title: "step"), yAxis: Axis(title: "loss", scale: scale), series: series)
    }

    @Test func noSeries() {
        #expect(Self.error(Self.chart([]))?.contains("no series") == true)
    }

    @Test func emptySeries() {
        #expect(Self.error(Self.chart([LineSeries(label: "a", y: [])]))?.contains("'a' is empty") == true)
    }

    @Test func allNaN() {
        let message = Self.error(Self.chart([LineSeries(label: "a", y: [.nan, .nan]), LineSeries(label: "b", y: [.nan])]))
        #expect(message?.contains("NaN") == true)
    }

    @Test func mismatchedLengths() {
        let message = Self.error(Self.chart([LineSeries(label: "a", x: [0, 1, 2], y: [1, 2])]))
        #expect(message == "series 'a' has 3 x values but 2 y values")
        let band = LineSeries(label: "b", y: [1, 2], band: Band(lower: [0], upper: [2, 3], kind: .minMax))
        #expect(Self.error(Self.chart([band]))?.contains("band") == true)
    }

    @Test func logAxisWithNonPositiveValues() {
        let message = Self.error(Self.chart([LineSeries(label: "a", y: [0.5, 0, 0.1])], scale: .log))
        #expect(message?.contains("logarithmic") == true)
        #expect(message?.contains("'a'") == true)
    }

    /// A control character in any text (title, axis, series label) cannot make the SVG
    /// ill-formed: it is drawn as U+FFFD, the one rule of TextTools' markup escaper.
    @Test func controlCharactersInTextBecomeReplacementCharacters() throws {
        let chart = LineChart(title: "t\u{1}", xAxis: Axis(title: "step\u{0}"), yAxis: Axis(title: "loss\u{1B}"),
                              series: [LineSeries(label: "a\u{7F}\"<&", y: [1, 2])])
        let svg = try chart.render()
        let result = XMLCheck.parse(svg)
        #expect(result.parsed, "\(result.error)")
        #expect(svg.contains("t\u{FFFD}") && svg.contains("step\u{FFFD}") && svg.contains("loss\u{FFFD}"))
        #expect(svg.contains("a\u{FFFD}&quot;&lt;&amp;"))
        #expect(!svg.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
    }

    @Test func placeholderFigureSaysWhy() {
        let svg = Self.chart([LineSeries(label: "a", y: [])]).renderOrPlaceholder()
        #expect(svg.contains("No data") && svg.contains("is empty"))
        #expect(XMLCheck.parse(svg).parsed)
    }

    @Test func heatmapErrors() {
        func message(_ map: Heatmap) -> String? {
            do { _ = try map.render(); return nil } catch { return error.message }
        }
        #expect(message(Heatmap(title: "h", values: [], scale: .diverging()))?.contains("no values") == true)
        #expect(message(Heatmap(title: "h", values: [[1, 2], [3]], scale: .diverging()))?.contains("row 2") == true)
        #expect(message(Heatmap(title: "h", values: [[.nan]], scale: .sequential()))?.contains("NaN") == true)
        #expect(message(Heatmap(title: "h", values: [[1, 2]], columnLabels: ["("], scale: .sequential()))?.contains("column labels") == true)
        #expect(XMLCheck.parse(Heatmap(title: "h", values: [], scale: .diverging()).renderOrPlaceholder()).parsed)
    }

    @Test func divergedSeriesIsDrawnUpToTheNaN() throws {
        let svg = try Self.chart([LineSeries(label: "rnn", x: [0, 10, 20, 30], y: [1, 2, .nan, .nan])]).render()
        #expect(svg.contains("rnn diverged at step 20"))
        #expect(XMLCheck.parse(svg).parsed)
    }

    @Test func seriesNaNFromTheStartIsMarkedNotDropped() throws {
        let svg = try Self.chart([LineSeries(label: "a", y: [1, 2]), LineSeries(label: "b", y: [.nan, .nan])]).render()
        #expect(svg.contains("b diverged at step 0"))
    }

    @Test func badWiringsAreErrors() {
        func message(_ wiring: CellWiring) -> String? {
            do { _ = try CellDiagram(wiring: wiring).render(); return nil } catch { return error.message }
        }
        let noGates = CellWiring(name: "x", gates: [], operations: [], connections: [])
        #expect(message(noGates)?.contains("no gates") == true)
        let unknown = CellWiring(name: "x", gates: [Gate(id: "a", role: .hidden, activation: .tanh)], operations: [],
                                 connections: [Connection(.input, .gate("a")), Connection(.gate("a"), .operation("zz")),
                                               Connection(.gate("a"), .hiddenStateOut)])
        #expect(message(unknown)?.contains("'zz'") == true)
        let cycle = CellWiring(name: "x", gates: [Gate(id: "a", role: .hidden, activation: .tanh)],
                               operations: [PointwiseOperation(id: "m", kind: .multiply)],
                               connections: [Connection(.gate("a"), .operation("m")), Connection(.operation("m"), .gate("a")),
                                             Connection(.operation("m"), .hiddenStateOut)])
        #expect(message(cycle)?.contains("cycle") == true)
        #expect(XMLCheck.parse(CellDiagram(wiring: noGates).renderOrPlaceholder()).parsed)
    }
}
