/// Plans for every panel of a small-multiples figure, with shared ranges resolved.
struct SmallMultiplesLayout {
    enum Planned {
        case line(LineChartPlan)
        case heatmap(HeatmapPlan)
    }

    var figure: SmallMultiples
    var planned: [Planned] = []
    var sharedLegend: Legend?

    init(_ figure: SmallMultiples) throws(FigureError) {
        self.figure = figure
        let lines = figure.panels.compactMap { panel -> LineChart? in
            if case .line(let chart) = panel { return chart }
            return nil
        }
        var sharedX: (Double, Double)?
        var sharedY: (Double, Double)?
        if !lines.isEmpty {
            var xs: [(Double, Double)] = [], ys: [(Double, Double)] = []
            for chart in lines {
                let prepared = try Self.inPanel(chart.title) { () throws(FigureError) in try LineChartPlan.prepare(chart) }
                xs.append(try LineChartPlan.xExtent(chart, prepared))
                ys.append(try LineChartPlan.yExtent(chart, prepared))
            }
            if figure.shareX, Set(lines.map(\.xAxis.scale)).count == 1 {
                sharedX = (xs.map(\.0).min() ?? 0, xs.map(\.1).max() ?? 1)
            }
            if figure.shareY, Set(lines.map(\.yAxis.scale)).count == 1 {
                sharedY = (ys.map(\.0).min() ?? 0, ys.map(\.1).max() ?? 1)
            }
            let labelSets = Set(lines.map { $0.series.map(\.label) })
            if labelSets.count == 1, let first = lines.first, first.series.count > 1 {
                sharedLegend = Legend(entries: first.series.enumerated().map {
                    Legend.Entry(label: $0.element.label, color: $0.element.color ?? $0.offset, hasBand: $0.element.band != nil,
                                 hasRuns: $0.element.runs != nil, dashed: $0.element.dashed)
                })
            }
        }
        let sharedScale = Self.sharedHeatmapScale(figure.panels)
        for panel in figure.panels {
            switch panel {
            case .line(let chart):
                let plan = try Self.inPanel(chart.title) { () throws(FigureError) in
                    try LineChartPlan(chart: chart, sharedX: sharedX, sharedY: sharedY)
                }
                planned.append(.line(plan))
            case .heatmap(var map):
                if let sharedScale { map.scale = sharedScale }
                let plan = try Self.inPanel(map.title) { () throws(FigureError) in try HeatmapPlan(heatmap: map) }
                planned.append(.heatmap(plan))
            }
        }
    }

    static func inPanel<T>(_ title: String, _ body: () throws(FigureError) -> T) throws(FigureError) -> T {
        do {
            return try body()
        } catch {
            throw FigureError("panel '\(title)': \(error.message)")
        }
    }

    /// One colour scale for all heatmaps: the widest diverging limit or the union of sequential ranges.
    static func sharedHeatmapScale(_ panels: [Panel]) -> HeatmapScale? {
        let maps = panels.compactMap { panel -> Heatmap? in
            if case .heatmap(let map) = panel { return map }
            return nil
        }
        guard maps.count > 1 else { return nil }
        let finite = maps.flatMap { $0.values.flatMap { $0 } }.filter { $0.isFinite }
        guard let lo = finite.min(), let hi = finite.max() else { return nil }
        if maps.allSatisfy({ if case .diverging = $0.scale { return true } else { return false } }) {
            let limits = maps.compactMap { map -> Double? in
                if case .diverging(let limit) = map.scale { return limit }
                return nil
            }
            return .diverging(limit: limits.count == maps.count ? limits.max() : max(abs(lo), abs(hi)))
        }
        let ranges = maps.compactMap { map -> ClosedRange<Double>? in
            if case .sequential(let range) = map.scale { return range }
            return nil
        }
        guard ranges.count == maps.count, let low = ranges.map(\.lowerBound).min(), let high = ranges.map(\.upperBound).max() else { return nil }
        return .sequential(low...high)
    }
}
