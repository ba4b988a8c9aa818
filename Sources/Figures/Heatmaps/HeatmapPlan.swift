/// A validated heatmap with its colour mapping resolved.
struct HeatmapPlan {
    var heatmap: Heatmap
    var rows: Int, columns: Int
    var lower: Double, upper: Double
    var diverging: Bool
    /// With `scalesRows`, each row's own range, which maps onto `lower...upper` (−1...1 or 0...1).
    var rowRanges: [ClosedRange<Double>]?
    var rowLabels: [String]
    var columnLabels: [String]
    /// Colour steps per sign: cells are grouped by step so the SVG stays small.
    static let levels = 20
    static let style = " .hp{fill:var(--fig-heat-pos,#D55E00)} .hn{fill:var(--fig-heat-neg,#0072B2)} .hq{fill:var(--fig-heat-seq,#0072B2)}"
        .replacingOccurrencesOfScope()

    init(heatmap: Heatmap) throws(FigureError) {
        self.heatmap = heatmap
        let values = heatmap.values
        guard let first = values.first, !first.isEmpty else { throw FigureError("the heatmap has no values") }
        rows = values.count
        columns = first.count
        if let bad = values.firstIndex(where: { $0.count != first.count }) {
            throw FigureError("heatmap row \(bad + 1) has \(values[bad].count) values but row 1 has \(first.count)")
        }
        guard rows * columns <= 200_000 else { throw FigureError("the heatmap has \(rows * columns) cells; at most 200000 can be drawn") }
        guard heatmap.rowLabels.isEmpty || heatmap.rowLabels.count == rows else {
            throw FigureError("the heatmap has \(rows) rows but \(heatmap.rowLabels.count) row labels")
        }
        guard heatmap.columnLabels.isEmpty || heatmap.columnLabels.count == columns else {
            throw FigureError("the heatmap has \(columns) columns but \(heatmap.columnLabels.count) column labels")
        }
        let finite = values.flatMap { $0 }.filter { $0.isFinite }
        guard let minValue = finite.min(), let maxValue = finite.max() else {
            throw FigureError("every heatmap value is NaN: nothing to draw")
        }
        switch heatmap.scale {
        case .sequential(let range):
            diverging = false
            (lower, upper) = range.upperBound > range.lowerBound ? (range.lowerBound, range.upperBound) : (minValue, max(maxValue, minValue + 1))
        case .diverging(let limit):
            diverging = true
            let magnitude = limit.flatMap { $0 > 0 && $0.isFinite ? $0 : nil } ?? max(abs(minValue), abs(maxValue))
            let m = magnitude > 0 ? magnitude : 1
            (lower, upper) = (-m, m)
        }
        rowLabels = heatmap.rowLabels.isEmpty ? (1...rows).map(String.init) : heatmap.rowLabels
        columnLabels = heatmap.columnLabels.isEmpty ? (0..<columns).map(String.init) : heatmap.columnLabels
        if heatmap.scalesRows {
            let isDiverging = diverging
            let ranges = values.map { Self.ownRange(of: $0, diverging: isDiverging) }
            rowRanges = ranges
            (lower, upper) = diverging ? (-1, 1) : (0, 1)
            rowLabels = zip(rowLabels, ranges).map { label, range in
                let span = isDiverging ? "±" + NumberFormat.significant(range.upperBound, digits: 2)
                    : NumberFormat.significant(range.lowerBound, digits: 2) + "–" + NumberFormat.significant(range.upperBound, digits: 2)
                return label + " (" + span + ")"
            }
        }
    }

    var cellHeight: Double { min(22, max(8, 260 / Double(rows))) }
    var naturalHeight: Double { 14 + cellHeight * Double(rows) + 52 }

    /// A row's own colour range: ±its largest |value| (diverging) or its minimum to maximum.
    static func ownRange(of row: [Double], diverging: Bool) -> ClosedRange<Double> {
        let finite = row.filter(\.isFinite)
        if diverging {
            let magnitude = finite.map(abs).max() ?? 0
            let m = magnitude > 0 ? magnitude : 1
            return -m...m
        }
        guard let lo = finite.min(), let hi = finite.max() else { return 0...1 }
        return hi > lo ? lo...hi : lo...(lo + 1)
    }

    /// The colour of the value in row `row`: on the row's own range when rows are scaled apart.
    func level(_ value: Double, row: Int) -> (cls: String, step: Int)? {
        guard let ranges = rowRanges, ranges.indices.contains(row) else { return level(value) }
        let range = ranges[row]
        let relative = diverging ? value / range.upperBound : (value - range.lowerBound) / (range.upperBound - range.lowerBound)
        return level(relative)
    }

    /// The colour class and opacity step (1…levels) of a value, or nil for the background.
    func level(_ value: Double) -> (cls: String, step: Int)? {
        guard value.isFinite else { return nil }
        let clamped = min(max(value, lower), upper)
        if diverging {
            let t = abs(clamped) / upper
            let step = Int((t * Double(Self.levels)).rounded())
            return step == 0 ? nil : (clamped > 0 ? "hp" : "hn", step)
        }
        let t = (clamped - lower) / (upper - lower)
        let step = Int((t * Double(Self.levels)).rounded())
        return step == 0 ? nil : ("hq", step)
    }

    static func opacity(_ step: Int) -> String {
        NumberFormat.fixed(Double(step) / Double(levels), decimals: 2)
    }

    var summary: String {
        let finite = heatmap.values.flatMap { $0 }.filter { $0.isFinite }
        let lo = NumberFormat.significant(finite.min() ?? 0), hi = NumberFormat.significant(finite.max() ?? 0)
        var text = "Heatmap of \(heatmap.colorBarTitle.isEmpty ? heatmap.title : heatmap.colorBarTitle): \(rows) \(heatmap.yTitle)s × \(columns) \(heatmap.xTitle)s, values from \(lo) to \(hi)"
        text += diverging ? " (diverging colour scale, zero is background" : " (sequential colour scale"
        text += rowRanges == nil ? ")." : "; each row scaled to its own range, given beside it)."
        if !heatmap.columnLabels.isEmpty {
            text += " Columns: " + heatmap.columnLabels.joined(separator: " ") + "."
        }
        return text
    }
}

extension String {
    /// Prefixes every rule of a style fragment with the figure's id selector.
    fileprivate func replacingOccurrencesOfScope() -> String {
        split(separator: " ", omittingEmptySubsequences: true).map { "#" + FigureDocument.idToken + " " + $0 }.joined()
    }
}
