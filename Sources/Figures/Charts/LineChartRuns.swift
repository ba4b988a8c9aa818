/// The seeds behind a series: validated like the series' own line, drawn as thin lines under it.
extension LineChartPlan {
    /// Each seed cut at its first non-finite value, checked against log axes as a series is.
    static func prepareRuns(_ runs: SeedRuns, of s: LineSeries, name: String, chart: LineChart) throws(FigureError) -> [RunLine] {
        var lines: [RunLine] = []
        for (index, values) in runs.values.enumerated() {
            let seed = "\(name), seed \(index + 1)"
            guard values.count == s.x.count else {
                throw FigureError("\(seed) has \(values.count) values but the series has \(s.x.count) x values")
            }
            let stop = values.firstIndex(where: { !$0.isFinite }) ?? values.count
            let x = Array(s.x[0..<stop]), y = Array(values[0..<stop])
            try checkLogAxes(chart, name: seed, x: x, y: y)
            lines.append(RunLine(x: x, y: y, stoppedAt: stop < values.count ? s.x[stop] : nil))
        }
        return lines
    }

    /// Rejects values a logarithmic axis cannot show.
    static func checkLogAxes(_ chart: LineChart, name: String, x: [Double], y: [Double]) throws(FigureError) {
        for axis in [(chart.xAxis, x, "x"), (chart.yAxis, y, "y")] where axis.0.scale == .log {
            if let bad = axis.1.firstIndex(where: { $0 <= 0 }) {
                throw FigureError("the \(axis.2) axis is logarithmic but \(name) has \(NumberFormat.significant(axis.1[bad])) at x = \(NumberFormat.significant(x[bad])); use a linear axis or positive values")
            }
        }
    }

    /// Every seed of `s` as a thin, translucent line in the series' colour; a seed that stopped
    /// ends in a small cross.
    func drawRuns(_ s: Prepared, into svg: inout SVGWriter, xs: ScaleMap, ys: ScaleMap) {
        guard !s.runs.isEmpty else { return }
        let dash = FigureTheme.seriesDash(s.color)
        var group = [("class", "s\(s.color)"), ("stroke-width", "1"), ("stroke-opacity", Self.runOpacity), ("stroke-linejoin", "round")]
        if let dash { group.append(("stroke-dasharray", dash)) }
        svg.open("g", group)
        var crosses = ""
        for run in s.runs {
            let points = Decimation.reduce(run.x.indices.map { Point(x: xs(run.x[$0]), y: ys(run.y[$0])) })
            if points.count == 1, let only = points.first {
                svg.element("circle", [("class", "f\(s.color)"), ("fill-opacity", Self.runOpacity),
                                       ("cx", fmt(only.x)), ("cy", fmt(only.y)), ("r", "1.5")])
            } else if points.count > 1 {
                svg.element("path", [("d", PathData.polyline(points, closed: false))])
            }
            if run.stoppedAt != nil, let end = points.last {
                crosses += "M\(fmt(end.x - 3)),\(fmt(end.y - 3))l6,6m0,-6l-6,6"
            }
        }
        if !crosses.isEmpty {
            // Crosses are marks, not lines: solid even when the seeds' lines are dashed.
            svg.element("path", [("stroke-opacity", "0.8")] + (dash == nil ? [] : [("stroke-dasharray", "none")]) + [("d", crosses)])
        }
        svg.close("g")
    }

    static let runOpacity = "0.35"
}

extension LineChartSummary {
    /// What the thick and thin lines of a series with seeds are: " (thick line: median of 10 seeds; thin lines: each seed)".
    static func runsPhrase(_ s: LineChartPlan.Prepared) -> String {
        guard !s.runs.isEmpty else { return "" }
        let seeds = count(s.runs.count, "seed")
        guard let center = s.runCenter else { return " (thin lines: each of \(seeds))" }
        return " (thick line: \(center.rawValue) of \(seeds); thin lines: each seed)"
    }

    /// How many seeds stopped before the end: "3 of 10 seeds stopped (NaN), the first at step 360".
    static func stoppedPhrase(_ s: LineChartPlan.Prepared) -> String? {
        let stops = s.runs.compactMap(\.stoppedAt)
        guard let first = stops.min() else { return nil }
        return "\(stops.count) of \(count(s.runs.count, "seed")) stopped (NaN), the first at step \(step(first))"
    }

    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
