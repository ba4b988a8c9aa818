/// A validated seed-outcome chart laid out: the plot, the "not solved" column and every mark.
struct SeedOutcomePlan {
    /// One seed's mark, as a pixel x and a lane offset (in pitches) from the row's middle.
    struct Mark {
        var x: Double
        var offset: Double
    }

    struct PlannedRow {
        var label: String
        var color: Int
        var countText: String
        var medianText: String
        var solved: [Mark]
        var unsolved: [Mark]
        var median: Double?
        /// How far marks reach above and below the row's middle, in pitches.
        var reach: Double
    }

    static let radius = 3.5
    /// Distance between neighbouring marks, horizontally and vertically.
    static let pitch = 9.0
    static let labelFont = 12.0
    static let noteFont = 11.0
    static let notSolved = "not solved"
    static let notReached = "median: not reached"
    /// Where row labels start, right of the colour swatch.
    static let labelInset = 17.0

    var chart: SeedOutcomeChart
    var width: Double, height: Double
    var labelWidth: Double
    var plot: Rect
    var zone: Rect
    var xs: ScaleMap
    var rowHeight: Double
    var ticks: [Tick]
    var rows: [PlannedRow] = []

    init(chart: SeedOutcomeChart) throws(FigureError) {
        try Self.validate(chart)
        self.chart = chart
        width = max(chart.width, 240)
        ticks = Ticks.linear(0, chart.maxSteps)
        let texts = chart.rows.flatMap { row in
            [TextMetrics.width(row.label, fontSize: Self.labelFont),
             TextMetrics.width(Self.countText(row), fontSize: Self.noteFont), TextMetrics.width(Self.medianText(row), fontSize: Self.noteFont)]
        }
        labelWidth = min(texts.max() ?? 0, width * 0.36) + Self.labelInset + 14
        let zoneWidth = max(6 * Self.pitch + 14, TextMetrics.width(Self.notSolved, fontSize: Self.noteFont) + 12)
        let lastLabel = ticks.last.map { TextMetrics.width($0.label, fontSize: 11) / 2 } ?? 0
        let gap = max(18, lastLabel + 8)
        let plotWidth = max(40, width - labelWidth - gap - zoneWidth - 10)
        let xs = ScaleMap(scale: .linear, domain: (0, chart.maxSteps), range: (labelWidth, labelWidth + plotWidth))
        self.xs = xs
        let columns = max(1, Int((zoneWidth - 12) / Self.pitch))
        let zoneX = labelWidth + plotWidth + gap
        for (index, row) in chart.rows.enumerated() {
            let solved = Self.swarm(row.values.compactMap { $0 }.map(xs.callAsFunction))
            let unsolved = Self.grid(count: row.values.count(where: { $0 == nil }), columns: columns, centerX: zoneX + zoneWidth / 2)
            let reach = (solved + unsolved).map { abs($0.offset) }.max() ?? 0
            rows.append(PlannedRow(label: row.label, color: row.color ?? index, countText: Self.countText(row),
                                   medianText: Self.medianText(row), solved: solved,
                                   unsolved: unsolved, median: row.median, reach: reach))
        }
        let reach = rows.map(\.reach).max() ?? 0
        rowHeight = max(50, (2 * reach + 1) * Self.pitch + 16)
        let top = 8.0
        plot = Rect(x: labelWidth, y: top, width: plotWidth, height: rowHeight * Double(rows.count))
        zone = Rect(x: zoneX, y: top, width: zoneWidth, height: plot.height)
        height = plot.maxY + 44
    }

    static func validate(_ chart: SeedOutcomeChart) throws(FigureError) {
        guard chart.maxSteps.isFinite, chart.maxSteps > 0 else {
            throw FigureError("maxSteps is \(NumberFormat.significant(chart.maxSteps)); it must be a positive number of steps")
        }
        guard !chart.rows.isEmpty else { throw FigureError("the chart has no rows to draw") }
        let limit = NumberFormat.significant(chart.maxSteps, digits: 6)
        for (index, row) in chart.rows.enumerated() {
            let name = row.label.isEmpty ? "row \(index + 1)" : "row '\(row.label)'"
            guard !row.values.isEmpty else { throw FigureError("\(name) has no seeds") }
            if let color = row.color, color < 0 { throw FigureError("\(name) has colour \(color); palette indices start at 0") }
            for (seed, value) in row.values.enumerated() {
                guard let value, !(value.isFinite && value >= 0 && value <= chart.maxSteps) else { continue }
                throw FigureError("\(name), seed \(seed + 1): \(NumberFormat.significant(value)) steps is outside 0…\(limit); use nil for a seed that did not solve")
            }
            if let median = row.median, !(median.isFinite && median >= 0 && median <= chart.maxSteps) {
                throw FigureError("\(name): its median \(NumberFormat.significant(median)) is outside 0…\(limit); use nil when it was not reached")
            }
        }
    }

    /// Marks at pixel positions `xs`, each in the first lane (0, −1, 1, −2, 2, …) where it is a
    /// pitch clear of the lane's last mark: equal and near values stack instead of hiding each other.
    static func swarm(_ xs: [Double]) -> [Mark] {
        var lastInLane: [Int: Double] = [:]
        var marks: [Mark] = []
        for x in xs.sorted() {
            var k = 0
            while true {
                let lane = k % 2 == 0 ? k / 2 : -(k + 1) / 2
                if let last = lastInLane[lane], x - last < pitch {
                    k += 1
                    continue
                }
                lastInLane[lane] = x
                marks.append(Mark(x: x, offset: Double(lane)))
                break
            }
        }
        return marks
    }

    /// `count` marks in a centred grid `columns` wide, filled row by row.
    static func grid(count: Int, columns: Int, centerX: Double) -> [Mark] {
        guard count > 0 else { return [] }
        let lines = (count + columns - 1) / columns
        return (0..<count).map { i in
            let line = i / columns
            let inLine = line == lines - 1 ? count - line * columns : columns
            let column = Double(i % columns) - Double(inLine - 1) / 2
            return Mark(x: centerX + column * pitch, offset: Double(line) - Double(lines - 1) / 2)
        }
    }

    static func countText(_ row: SeedOutcomeChart.Row) -> String {
        "\(row.values.count(where: { $0 != nil })) of \(row.values.count) solved"
    }

    static func medianText(_ row: SeedOutcomeChart.Row) -> String {
        row.median.map { "median " + LineChartSummary.step($0) } ?? notReached
    }
}
