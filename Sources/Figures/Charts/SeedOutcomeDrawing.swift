/// Draws a seed-outcome chart and writes its text summary.
extension SeedOutcomePlan {
    static let style = [
        ".nz{fill:var(--fig-ink,currentColor);fill-opacity:.06}",
        ".md{stroke:var(--fig-ink,currentColor);stroke-width:2.5px;fill:none}",
    ].map { " #" + FigureDocument.idToken + " " + $0 }.joined()

    func draw(into svg: inout SVGWriter) {
        svg.element("rect", [("class", "nz"), ("x", fmt(zone.x)), ("y", fmt(zone.y)), ("width", fmt(zone.width)), ("height", fmt(zone.height))])
        var grid = ""
        for tick in ticks where tick.isMajor {
            grid += "M\(fmt(xs(tick.value))),\(fmt(plot.minY))V\(fmt(plot.maxY))"
        }
        for index in 1..<max(1, rows.count) {
            grid += "M4,\(fmt(plot.minY + Double(index) * rowHeight))H\(fmt(zone.maxX))"
        }
        if !grid.isEmpty { svg.element("path", [("class", "gr"), ("d", grid)]) }
        svg.newline()
        for (index, row) in rows.enumerated() {
            drawRow(row, middle: plot.minY + (Double(index) + 0.5) * rowHeight, into: &svg)
        }
        let flat = ScaleMap(scale: .linear, domain: (0, 1), range: (plot.maxY, plot.minY))
        AxisDrawing.axes(into: &svg, plot: plot, xTicks: ticks, yTicks: [], xs: xs, ys: flat, showXLabels: true, showYLabels: false)
        svg.element("text", [("x", fmt(zone.midX)), ("y", fmt(plot.maxY + 18)), ("text-anchor", "middle"), ("font-size", "11")],
                    text: Self.notSolved)
        svg.element("text", [("x", fmt(plot.midX)), ("y", fmt(plot.maxY + 38)), ("text-anchor", "middle")], text: chart.xTitle)
        svg.newline()
    }

    private func drawRow(_ row: PlannedRow, middle: Double, into svg: inout SVGWriter) {
        svg.element("circle", [("class", "f\(row.color)"), ("cx", "8"), ("cy", fmt(middle - 13)), ("r", "4")])
        svg.element("text", [("x", fmt(Self.labelInset)), ("y", fmt(middle - 9)), ("font-weight", "600")], text: row.label)
        svg.element("text", [("class", "mu"), ("x", fmt(Self.labelInset)), ("y", fmt(middle + 6)), ("font-size", "11")],
                    text: row.countText)
        svg.element("text", [("class", "mu"), ("x", fmt(Self.labelInset)), ("y", fmt(middle + 20)), ("font-size", "11")],
                    text: row.medianText)
        // Drawn first, so it never hides a seed, and reaching past the marks so its ends show;
        // a median not reached stands on the edge of the "not solved" column.
        let x = row.median.map { xs($0) } ?? zone.minX
        let reach = row.reach * Self.pitch + Self.radius + 6
        svg.element("path", [("class", "md"), ("d", "M\(fmt(x)),\(fmt(middle - reach))V\(fmt(middle + reach))")])
        if !row.solved.isEmpty {
            svg.open("g", [("class", "f\(row.color)")])
            for mark in row.solved {
                svg.element("circle", [("cx", fmt(mark.x)), ("cy", fmt(middle + mark.offset * Self.pitch)), ("r", fmt(Self.radius))])
            }
            svg.close("g")
        }
        if !row.unsolved.isEmpty {
            svg.open("g", [("class", "s\(row.color)"), ("stroke-width", "1.5")])
            for mark in row.unsolved {
                svg.element("circle", [("cx", fmt(mark.x)), ("cy", fmt(middle + mark.offset * Self.pitch)), ("r", "3")])
            }
            svg.close("g")
        }
        svg.newline()
    }

    var summary: String {
        let limit = LineChartSummary.step(chart.maxSteps)
        var parts = ["Dot plot of \(chart.xTitle), one dot per seed, on a linear axis from 0 to \(limit); seeds that never got there are drawn in a column marked \"\(Self.notSolved)\", and a bar marks each row's median."]
        for row in rows {
            let median = row.median == nil ? "median not reached (half or more did not solve)" : row.medianText
            parts.append("\(row.label.isEmpty ? "Row" : row.label): \(row.countText), \(median).")
        }
        return parts.joined(separator: " ")
    }
}
