/// A validated line chart with its axes resolved: everything needed to draw it.
struct LineChartPlan {
    /// A series cut where it stopped, with the step where it diverged.
    struct Prepared {
        var label: String
        var x: [Double]
        var y: [Double]
        var lower: [Double]?
        var upper: [Double]?
        var bandKind: Band.Kind?
        /// x of the first non-finite value, if the series stopped.
        var divergedAt: Double?
        var color: Int
        var dashed = false
        /// The seeds behind the line, each cut where it stopped.
        var runs: [RunLine] = []
        var runCenter: SeedRuns.Center?
    }

    /// One seed's thin line, cut at its first non-finite value.
    struct RunLine {
        var x: [Double]
        var y: [Double]
        /// x of the first non-finite value, if the seed stopped.
        var stoppedAt: Double?
    }

    var chart: LineChart
    var series: [Prepared]
    var xDomain: (Double, Double)
    var yDomain: (Double, Double)
    var xTicks: [Tick]
    var yTicks: [Tick]

    init(chart: LineChart, sharedX: (Double, Double)? = nil, sharedY: (Double, Double)? = nil) throws(FigureError) {
        self.chart = chart
        series = try Self.prepare(chart)
        var xBounds = sharedX ?? (0, 1)
        if sharedX == nil { xBounds = try Self.xExtent(chart, series) }
        var yBounds = sharedY ?? (0, 1)
        if sharedY == nil { yBounds = try Self.yExtent(chart, series) }
        (xDomain, xTicks) = Self.resolve(xBounds, scale: chart.xAxis.scale, fixed: chart.xAxis.range, snap: false)
        (yDomain, yTicks) = Self.resolve(yBounds, scale: chart.yAxis.scale, fixed: chart.yAxis.range, snap: true)
    }

    // MARK: validation

    static func prepare(_ chart: LineChart) throws(FigureError) -> [Prepared] {
        guard !chart.series.isEmpty else { throw FigureError("the chart has no series to draw") }
        var prepared: [Prepared] = []
        for (index, s) in chart.series.enumerated() {
            let name = s.label.isEmpty ? "series \(index + 1)" : "series '\(s.label)'"
            guard !s.y.isEmpty else { throw FigureError("\(name) is empty") }
            guard s.x.count == s.y.count else {
                throw FigureError("\(name) has \(s.x.count) x values but \(s.y.count) y values")
            }
            if let band = s.band, band.lower.count != s.y.count || band.upper.count != s.y.count {
                throw FigureError("\(name): its band has \(band.lower.count) lower and \(band.upper.count) upper values for \(s.y.count) points")
            }
            if let bad = s.x.firstIndex(where: { !$0.isFinite }) {
                throw FigureError("\(name) has a non-finite x value at index \(bad)")
            }
            if let color = s.color, color < 0 {
                throw FigureError("\(name) has colour \(color); palette indices start at 0")
            }
            let stop = s.y.firstIndex(where: { !$0.isFinite }) ?? s.y.count
            let kept = 0..<stop
            try checkLogAxes(chart, name: name, x: Array(s.x[kept]), y: Array(s.y[kept]))
            var series = Prepared(
                label: s.label, x: Array(s.x[kept]), y: Array(s.y[kept]),
                lower: s.band.map { Array($0.lower[kept]) }, upper: s.band.map { Array($0.upper[kept]) },
                bandKind: s.band?.kind, divergedAt: stop < s.y.count ? s.x[stop] : nil, color: s.color ?? index, dashed: s.dashed)
            if let runs = s.runs {
                series.runs = try prepareRuns(runs, of: s, name: name, chart: chart)
                series.runCenter = runs.center
            }
            prepared.append(series)
        }
        guard prepared.contains(where: { !$0.y.isEmpty }) else {
            throw FigureError("every series is NaN from its first value: nothing to draw")
        }
        if chart.yAxis.scale == .log, let bad = chart.references.first(where: { !($0.y > 0) }) {
            throw FigureError("the y axis is logarithmic but reference line '\(bad.label)' is at \(NumberFormat.significant(bad.y))")
        }
        return prepared
    }

    // MARK: extents and ticks

    static func xExtent(_ chart: LineChart, _ series: [Prepared]) throws(FigureError) -> (Double, Double) {
        var values = series.flatMap { $0.x } + series.compactMap { $0.divergedAt }
        values += series.flatMap { $0.runs.flatMap { $0.x + ($0.stoppedAt.map { [$0] } ?? []) } }
        values += chart.markers.map(\.x).filter { $0.isFinite }
        if chart.xAxis.scale == .log { values = values.filter { $0 > 0 } }
        guard let lo = values.min(), let hi = values.max() else { throw FigureError("no x values to draw") }
        return (lo, hi)
    }

    static func yExtent(_ chart: LineChart, _ series: [Prepared]) throws(FigureError) -> (Double, Double) {
        var values = series.flatMap { $0.y } + series.flatMap { $0.runs.flatMap(\.y) }
        let dataMin = values.min() ?? 0
        for s in series {
            values += (s.upper ?? []).filter { $0.isFinite }
            // On a log axis a band reaching zero or below (mean − std) is clipped at the data's floor.
            values += (s.lower ?? []).filter { $0.isFinite && (chart.yAxis.scale == .linear || $0 > 0) }
                .map { chart.yAxis.scale == .log ? max($0, dataMin / 10) : $0 }
        }
        values += chart.references.map(\.y).filter { $0.isFinite }
        guard let lo = values.min(), let hi = values.max() else { throw FigureError("no finite y values to draw") }
        return (lo, hi)
    }

    /// Domain and ticks for an axis; `snap` widens a linear domain to whole ticks and a log one to decades.
    static func resolve(_ bounds: (Double, Double), scale: AxisScale, fixed: ClosedRange<Double>?, snap: Bool) -> ((Double, Double), [Tick]) {
        if let fixed, fixed.upperBound > fixed.lowerBound, scale == .linear || fixed.lowerBound > 0 {
            let d = (fixed.lowerBound, fixed.upperBound)
            return (d, scale == .log ? Ticks.log(d.0, d.1) : Ticks.linear(d.0, d.1))
        }
        switch scale {
        case .linear:
            let (lo, hi) = Ticks.widened(bounds.0, bounds.1)
            guard snap else { return ((lo, hi), Ticks.linear(lo, hi)) }
            let step = Ticks.niceStep(span: hi - lo, target: 5).value
            let d = ((lo / step).rounded(.down) * step, (hi / step).rounded(.up) * step)
            return (d, Ticks.linear(d.0, d.1))
        case .log:
            var (lo, hi) = (bounds.0, bounds.1)
            if hi <= lo { (lo, hi) = (lo / 2, hi * 2) }
            if snap && hi / lo >= 100 {
                lo = PlotMath.pow10(PlotMath.floorLog10(lo))
                let top = PlotMath.floorLog10(hi)
                hi = PlotMath.pow10(top) == hi ? hi : PlotMath.pow10(top + 1)
            } else if snap {
                (lo, hi) = (lo / 1.15, hi * 1.15)
            }
            return ((lo, hi), Ticks.log(lo, hi))
        }
    }
}
