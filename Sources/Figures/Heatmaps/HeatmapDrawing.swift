extension HeatmapPlan {
    func draw(into svg: inout SVGWriter, frame: Rect, options: ChartDrawOptions) {
        let rowLabelWidth = rowLabels.map { TextMetrics.width($0, fontSize: 11) }.max() ?? 0
        let left = options.fixedLeftMargin ?? (rowLabelWidth + 10 + (options.showYTitle ? 22 : 0))
        let top = 10.0 + (options.panelTitle == nil ? 0 : 20)
        // Column labels are the inputs, worth repeating in every panel; the space is always reserved
        // so that panels in a grid get plots of the same height.
        let bottom = 46.0
        let barTicks = rowRanges == nil ? Ticks.linear(lower, upper, target: max(2, min(4, Int((frame.height - top - bottom) / 26))))
            : diverging ? [Tick(value: -1, label: "−row max"), Tick(value: 0, label: "0"), Tick(value: 1, label: "+row max")]
            : [Tick(value: 0, label: "row min"), Tick(value: 1, label: "row max")]
        let barLabelWidth = barTicks.map { TextMetrics.width($0.label, fontSize: 11) }.max() ?? 0
        let barTitleWidth = heatmap.colorBarTitle.isEmpty ? 0.0 : 18
        let right = 14 + 12 + 6 + barLabelWidth + barTitleWidth + 8
        let plot = Rect(x: frame.x + left, y: frame.y + top, width: max(10, frame.width - left - right),
                        height: max(10, frame.height - top - bottom))
        let cw = plot.width / Double(columns), ch = plot.height / Double(rows)

        if let title = options.panelTitle {
            svg.element("text", [("x", fmt(plot.x)), ("y", fmt(frame.y + 16)), ("font-weight", "600")], text: title)
        }
        drawCells(into: &svg, plot: plot, cw: cw, ch: ch)
        svg.element("rect", [("class", "ax"), ("stroke-width", "0.8"), ("x", fmt(plot.x)), ("y", fmt(plot.y)),
                             ("width", fmt(plot.width)), ("height", fmt(plot.height))])
        svg.open("g", [("font-size", "11")])
        let rowEvery = max(1, Int((12 / ch).rounded(.up)))
        if options.showYTickLabels {
            for r in stride(from: 0, to: rows, by: rowEvery) {
                svg.element("text", [("x", fmt(plot.minX - 6)), ("y", fmt(plot.minY + (Double(r) + 0.5) * ch + 4)),
                                     ("text-anchor", "end")], text: rowLabels[r])
            }
        }
        do {
            let widest = columnLabels.map { TextMetrics.width($0, fontSize: 11) }.max() ?? 0
            let every = max(1, Int(((widest + 4) / cw).rounded(.up)))
            for c in stride(from: 0, to: columns, by: every) {
                svg.element("text", [("x", fmt(plot.minX + (Double(c) + 0.5) * cw)), ("y", fmt(plot.maxY + 15)),
                                     ("text-anchor", "middle")], text: columnLabels[c])
            }
        }
        svg.close("g")
        if options.showXTitle {
            svg.element("text", [("x", fmt(plot.midX)), ("y", fmt(plot.maxY + 36)), ("text-anchor", "middle")], text: heatmap.xTitle)
        }
        if options.showYTitle {
            svg.element("text", [("transform", "translate(\(fmt(plot.minX - left + 14)),\(fmt(plot.midY))) rotate(-90)"),
                                 ("text-anchor", "middle")], text: heatmap.yTitle)
        }
        drawColorBar(into: &svg, at: Rect(x: plot.maxX + 14, y: plot.minY, width: 12, height: plot.height), ticks: barTicks)
        svg.newline()
    }

    /// One path per colour step: far smaller than a rect per cell.
    private func drawCells(into svg: inout SVGWriter, plot: Rect, cw: Double, ch: Double) {
        var paths: [String: String] = [:]
        for r in 0..<rows {
            for c in 0..<columns {
                guard let level = level(heatmap.values[r][c], row: r) else { continue }
                let key = level.cls + " " + String(level.step)
                let x0 = plot.minX + Double(c) * cw, y0 = plot.minY + Double(r) * ch
                paths[key, default: ""] += "M\(fmt(x0)),\(fmt(y0))H\(fmt(x0 + cw))V\(fmt(y0 + ch))H\(fmt(x0))Z"
            }
        }
        for key in paths.keys.sorted() {
            let parts = key.split(separator: " ")
            guard parts.count == 2, let step = Int(parts[1]), let d = paths[key] else { continue }
            svg.element("path", [("class", String(parts[0])), ("fill-opacity", Self.opacity(step)), ("d", d)])
        }
        svg.newline()
    }

    private func drawColorBar(into svg: inout SVGWriter, at bar: Rect, ticks: [Tick]) {
        let steps = diverging ? 2 * Self.levels : Self.levels
        let h = bar.height / Double(steps)
        for i in 0..<steps {
            // Top of the bar is the upper bound.
            let value = upper - (Double(i) + 0.5) / Double(steps) * (upper - lower)
            guard let level = level(value) else { continue }
            svg.element("rect", [("class", level.cls), ("fill-opacity", Self.opacity(level.step)), ("x", fmt(bar.x)),
                                 ("y", fmt(bar.y + Double(i) * h)), ("width", fmt(bar.width)), ("height", fmt(h + 0.3))])
        }
        var d = "M\(fmt(bar.x)),\(fmt(bar.y))h\(fmt(bar.width))v\(fmt(bar.height))h-\(fmt(bar.width))Z"
        let ys = ScaleMap(scale: .linear, domain: (lower, upper), range: (bar.maxY, bar.minY))
        for tick in ticks { d += "M\(fmt(bar.maxX)),\(fmt(ys(tick.value)))h4" }
        svg.element("path", [("class", "ax"), ("stroke-width", "0.8"), ("d", d)])
        svg.open("g", [("font-size", "11")])
        for tick in ticks {
            svg.element("text", [("x", fmt(bar.maxX + 6)), ("y", fmt(ys(tick.value) + 4))], text: tick.label)
        }
        svg.close("g")
        if !heatmap.colorBarTitle.isEmpty {
            let widest = ticks.map { TextMetrics.width($0.label, fontSize: 11) }.max() ?? 0
            svg.element("text", [("transform", "translate(\(fmt(bar.maxX + 10 + widest + 12)),\(fmt(bar.midY))) rotate(-90)"),
                                 ("text-anchor", "middle"), ("font-size", "11")], text: heatmap.colorBarTitle)
        }
    }
}
