/// A legend drawn outside the plot area, so it never covers the data.
struct Legend {
    struct Entry {
        var label: String
        var color: Int
        var hasBand: Bool
        /// Thin seed lines behind the series: the swatch shows two of them around its line.
        var hasRuns = false
        /// The series is drawn dashed (`Legend.dash`).
        var dashed = false
    }

    /// The dash pattern of a series drawn dashed on purpose (`LineSeries.dashed`).
    static let dash = "6 4"

    var entries: [Entry]
    static let fontSize = 11.5
    static let rowHeight = 18.0
    static let swatch = 24.0

    /// Width of the widest entry when entries stack in one column.
    var width: Double {
        (entries.map { Self.entryWidth($0) }.max() ?? 0)
    }

    static func entryWidth(_ entry: Entry) -> Double {
        swatch + 6 + TextMetrics.width(entry.label, fontSize: fontSize)
    }

    /// Height when entries flow in rows across `width`.
    func height(inWidth width: Double) -> Double {
        Double(rows(inWidth: width).count) * Self.rowHeight
    }

    func rows(inWidth width: Double) -> [[Entry]] {
        var rows: [[Entry]] = [[]]
        var used = 0.0
        for entry in entries {
            let w = Self.entryWidth(entry) + 16
            if used + w > width, let last = rows.last, !last.isEmpty {
                rows.append([])
                used = 0
            }
            rows[rows.count - 1].append(entry)
            used += w
        }
        return rows
    }

    /// Draws the entries from `origin`, flowing in rows across `maxWidth`, or one per row when `maxWidth` is nil.
    func draw(into svg: inout SVGWriter, origin: Point, maxWidth: Double?) {
        svg.open("g", [("font-size", NumberFormat.coordinate(Self.fontSize))])
        var y = origin.y
        let layout = maxWidth.map { rows(inWidth: $0 + 16) } ?? entries.map { [$0] }
        for row in layout {
            var x = origin.x
            for entry in row {
                if entry.hasBand {
                    svg.element("rect", [("class", "f\(entry.color)"), ("fill-opacity", "0.16"), ("x", fmt(x)), ("y", fmt(y + 3)),
                                         ("width", fmt(Self.swatch)), ("height", "10")])
                }
                if entry.hasRuns {
                    svg.element("path", [("class", "s\(entry.color)"), ("stroke-width", "1"), ("stroke-opacity", LineChartPlan.runOpacity),
                                         ("d", "M\(fmt(x)),\(fmt(y + 4))h\(fmt(Self.swatch))M\(fmt(x)),\(fmt(y + 12))h\(fmt(Self.swatch))")])
                }
                var line = [("class", "s\(entry.color)"), ("stroke-width", "2"), ("d", "M\(fmt(x)),\(fmt(y + 8))h\(fmt(Self.swatch))")]
                if let dash = entry.dashed ? Self.dash : FigureTheme.seriesDash(entry.color) { line.append(("stroke-dasharray", dash)) }
                svg.element("path", line)
                svg.element("text", [("x", fmt(x + Self.swatch + 6)), ("y", fmt(y + 12))], text: entry.label)
                x += Self.entryWidth(entry) + 16
            }
            y += Self.rowHeight
        }
        svg.close("g")
    }
}
