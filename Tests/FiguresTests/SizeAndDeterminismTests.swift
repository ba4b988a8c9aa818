import Testing
@testable import Figures
import TestSupport

@Suite("Size and determinism")
struct SizeAndDeterminismTests {
    static func bigChart() -> LineChart {
        var noise = FixtureData.Noise(state: 7)
        let steps = (0..<2000).map(Double.init)
        let series = (0..<5).map { model in
            LineSeries(label: "model \(model + 1)", x: steps, y: steps.map { step in
                let trend = 0.2 * PlotMath.exp(-step / Double(300 + 200 * model)) + 1e-3
                return trend * (1 + 0.3 * (noise.next() - 0.5))
            })
        }
        return .loss(title: "Five noisy losses", series: series)
    }

    @Test func fiveSeriesOfTwoThousandPointsStayUnder150KB() throws {
        let svg = try Self.bigChart().render()
        print("five-series chart: \(svg.utf8.count) bytes")
        #expect(svg.utf8.count < 150_000, "\(svg.utf8.count) bytes")
        #expect(XMLCheck.parse(svg).parsed)
    }

    @Test func decimationKeepsExtremesPerPixelColumn() {
        let points = (0..<1000).map { (i: Int) -> Point in
            let y: Double = i % 7 == 0 ? 50 : Double(i % 3)
            return Point(x: Double(i) / 10, y: y)
        }
        let kept = Decimation.reduce(points)
        #expect(kept.count <= 2 * 100 + 1)
        #expect(kept.contains { $0.y == 50 }, "spikes survive")
        #expect(kept.first == points.first && kept.last == points.last)
    }

    @Test func renderingIsDeterministicAndIdsComeFromContent() throws {
        var chart = Self.bigChart()
        chart.id = nil
        let a = try chart.render(), b = try chart.render()
        #expect(a == b)
        chart.title = "Another title"
        let c = try chart.render()
        let idA = XMLCheck.parse(a).rootAttributes["id"], idC = XMLCheck.parse(c).rootAttributes["id"]
        #expect(idA != nil && idA != idC, "two different figures in one page get different ids")
    }

    @Test func callerIDsAreSanitised() throws {
        let svg = try LineChart(title: "t", xAxis: Axis(title: "x"), yAxis: Axis(title: "y"),
                                series: [LineSeries(label: "a", y: [1, 2])], id: "3 forget bias/α").render()
        let id = XMLCheck.parse(svg).rootAttributes["id"]
        #expect(id == "fig-3-forget-bias--")
    }
}
