/// What to draw around a chart's plot area; small multiples turn parts off.
struct ChartDrawOptions {
    var showXTitle = true
    var showYTitle = true
    var showXTickLabels = true
    var showYTickLabels = true
    var showLegend = true
    var panelTitle: String?
    /// Keeps ids unique when several panels share one figure.
    var idSuffix = ""
    /// Left margin to use instead of the computed one, so panels in a column line up.
    var fixedLeftMargin: Double?
    /// Right margin to use when larger than the computed one, so panels in a column share an x axis.
    var minimumRightMargin: Double?

    static let standalone = ChartDrawOptions()
}

extension LineChartPlan {
    func draw(into svg: inout SVGWriter, frame: Rect, options: ChartDrawOptions) {
        let legend = self.legend(options)
        let legendOnRight = legend.map { $0.width + 16 <= frame.width * 0.3 } ?? false
        let left = options.fixedLeftMargin ?? leftMargin(options)
        var top = 10.0 + (options.panelTitle == nil ? 0 : 20)
        if let legend, !legendOnRight { top += legend.height(inWidth: frame.width - left - 14) + 8 }
        let right = max(rightMargin(options, frameWidth: frame.width), options.minimumRightMargin ?? 0)
        let bottom = (options.showXTickLabels ? 20.0 : 6) + (options.showXTitle ? 20 : 0) + 4
        let plot = Rect(x: frame.x + left, y: frame.y + top, width: max(10, frame.width - left - right),
                        height: max(10, frame.height - top - bottom))
        let xs = ScaleMap(scale: chart.xAxis.scale, domain: xDomain, range: (plot.minX, plot.maxX))
        let ys = ScaleMap(scale: chart.yAxis.scale, domain: yDomain, range: (plot.maxY, plot.minY))
        let clipID = FigureDocument.idToken + "-clip" + options.idSuffix

        svg.open("defs")
        svg.open("clipPath", [("id", clipID)])
        svg.element("rect", [("x", fmt(plot.x)), ("y", fmt(plot.y - 2)), ("width", fmt(plot.width)), ("height", fmt(plot.height + 4))])
        svg.close("clipPath")
        svg.close("defs")
        svg.newline()
        if let title = options.panelTitle {
            svg.element("text", [("x", fmt(plot.x)), ("y", fmt(frame.y + 16)), ("font-weight", "600")], text: title)
        }
        // Minor ticks closer than 3 px apart are noise, not information.
        let majorCount = max(1, yTicks.filter(\.isMajor).count)
        let yTicks = plot.height / Double(majorCount) < 45 ? self.yTicks.filter(\.isMajor) : self.yTicks
        AxisDrawing.grid(into: &svg, plot: plot, xTicks: xTicks, yTicks: yTicks, xs: xs, ys: ys)
        svg.open("g", [("clip-path", "url(#\(clipID))")])
        for s in series { drawBand(s, into: &svg, xs: xs, ys: ys, plot: plot) }
        for reference in chart.references {
            let y = ys(reference.y)
            svg.element("path", [("class", "rf"), ("d", "M\(fmt(plot.minX)),\(fmt(y))H\(fmt(plot.maxX))")])
        }
        for marker in chart.markers {
            let x = xs(marker.x)
            svg.element("path", [("class", "rf"), ("d", "M\(fmt(x)),\(fmt(plot.minY))V\(fmt(plot.maxY))")])
        }
        for s in series { drawRuns(s, into: &svg, xs: xs, ys: ys) }
        for s in series { drawLine(s, into: &svg, xs: xs, ys: ys) }
        svg.close("g")
        svg.newline()
        AxisDrawing.axes(into: &svg, plot: plot, xTicks: xTicks, yTicks: yTicks, xs: xs, ys: ys,
                         showXLabels: options.showXTickLabels, showYLabels: options.showYTickLabels)
        if options.showXTitle {
            svg.element("text", [("x", fmt(plot.midX)), ("y", fmt(plot.maxY + 38)), ("text-anchor", "middle")], text: chart.xAxis.title)
        }
        if options.showYTitle {
            let x = plot.minX - left + 14
            svg.element("text", [("transform", "translate(\(fmt(x)),\(fmt(plot.midY))) rotate(-90)"), ("text-anchor", "middle")], text: chart.yAxis.title)
        }
        drawAnnotations(into: &svg, plot: plot, xs: xs, ys: ys)
        if let legend {
            if legendOnRight {
                legend.draw(into: &svg, origin: Point(x: plot.maxX + 16, y: plot.minY + 4), maxWidth: nil)
            } else {
                legend.draw(into: &svg, origin: Point(x: plot.minX, y: frame.y + top - legend.height(inWidth: plot.width) - 6), maxWidth: plot.width)
            }
        }
        svg.newline()
    }

    var legendEntries: [Legend.Entry] {
        series.map { Legend.Entry(label: $0.label, color: $0.color, hasBand: $0.lower != nil, hasRuns: !$0.runs.isEmpty, dashed: $0.dashed) }
    }

    func legend(_ options: ChartDrawOptions) -> Legend? {
        options.showLegend && series.count > 1 ? Legend(entries: legendEntries) : nil
    }

    /// Room right of the plot: a legend that fits beside it, and half the last x tick label.
    func rightMargin(_ options: ChartDrawOptions, frameWidth: Double) -> Double {
        var right = 14.0
        if let legend = legend(options), legend.width + 16 <= frameWidth * 0.3 { right += legend.width + 14 }
        let lastXLabel = xTicks.last(where: { $0.isMajor })?.label ?? ""
        return max(right, TextMetrics.width(lastXLabel, fontSize: 11) / 2 + 4)
    }

    func leftMargin(_ options: ChartDrawOptions) -> Double {
        let widest = options.showYTickLabels ? (yTicks.map { TextMetrics.width($0.label, fontSize: 11) }.max() ?? 0) : 0
        return widest + 10 + (options.showYTitle ? 22 : 0)
    }

    private func drawBand(_ s: Prepared, into svg: inout SVGWriter, xs: ScaleMap, ys: ScaleMap, plot: Rect) {
        guard let lower = s.lower, let upper = s.upper else { return }
        let floor = chart.yAxis.scale == .log ? yDomain.0 : -Double.greatestFiniteMagnitude
        var top: [Point] = []
        var bottom: [Point] = []
        for i in s.x.indices where upper[i].isFinite && lower[i].isFinite {
            top.append(Point(x: xs(s.x[i]), y: ys(max(upper[i], floor))))
            bottom.append(Point(x: xs(s.x[i]), y: ys(max(lower[i], floor))))
        }
        guard top.count > 1 else { return }
        let outline = Decimation.envelope(top, keepMin: true) + Decimation.envelope(bottom, keepMin: false).reversed()
        svg.element("path", [("class", "f\(s.color)"), ("fill-opacity", "0.16"), ("d", PathData.polyline(outline, closed: true))])
    }

    private func drawLine(_ s: Prepared, into svg: inout SVGWriter, xs: ScaleMap, ys: ScaleMap) {
        guard !s.y.isEmpty else { return }
        let points = Decimation.reduce(s.x.indices.map { Point(x: xs(s.x[$0]), y: ys(s.y[$0])) })
        var attributes = [("class", "s\(s.color)"), ("stroke-width", "2"), ("stroke-linejoin", "round")]
        if let dash = s.dashed ? Legend.dash : FigureTheme.seriesDash(s.color) { attributes.append(("stroke-dasharray", dash)) }
        if points.count == 1, let only = points.first {
            svg.element("circle", [("class", "f\(s.color)"), ("cx", fmt(only.x)), ("cy", fmt(only.y)), ("r", "2.5")])
            return
        }
        attributes.append(("d", PathData.polyline(points, closed: false)))
        svg.element("path", attributes)
    }

    /// Labels drawn over the data: reference-line labels, marker labels, divergence markers,
    /// placed so that none overlaps another.
    private func drawAnnotations(into svg: inout SVGWriter, plot: Rect, xs: ScaleMap, ys: ScaleMap) {
        let curves = series.map { s in zip(s.x, s.y).map { Point(x: xs($0), y: ys($1)) } }
        var placer = LabelPlacer(bounds: Rect(x: plot.minX, y: plot.minY - 12, width: plot.width, height: plot.height + 12), curves: curves)
        for reference in chart.references where !reference.label.isEmpty {
            let width = TextMetrics.width(reference.label, fontSize: 11)
            let y = ys(reference.y)
            let at = placer.place(width: width, fontSize: 11, candidates: [
                (plot.maxX - 4 - width, y - 5), (plot.maxX - 4 - width, y + 14), (plot.minX + 4, y - 5), (plot.minX + 4, y + 14),
            ])
            svg.element("text", [("class", "mu ha"), ("x", fmt(at.x)), ("y", fmt(at.baseline)), ("font-size", "11")], text: reference.label)
        }
        for marker in chart.markers where !marker.label.isEmpty {
            let x = xs(marker.x)
            let width = TextMetrics.width(marker.label, fontSize: 11)
            let at = placer.place(width: width, fontSize: 11, candidates: [
                (x + 5, plot.minY + 13), (x - 5 - width, plot.minY + 13), (x + 5, plot.minY + 28), (x - 5 - width, plot.minY + 28),
            ])
            svg.element("text", [("class", "mu ha"), ("x", fmt(at.x)), ("y", fmt(at.baseline)), ("font-size", "11")], text: marker.label)
        }
        for s in series {
            guard let step = s.divergedAt else { continue }
            let at = s.y.isEmpty ? Point(x: xs(step), y: plot.minY + 8)
                : Point(x: xs(s.x[s.x.count - 1]), y: ys(s.y[s.y.count - 1]))
            svg.element("path", [("class", "s\(s.color)"), ("stroke-width", "2.2"),
                                 ("d", "M\(fmt(at.x - 4)),\(fmt(at.y - 4))l8,8m0,-8l-8,8")])
            let text = (s.label.isEmpty ? "" : s.label + " ") + "diverged at step " + LineChartSummary.step(step)
            let width = TextMetrics.width(text, fontSize: 11)
            var candidates: [(x: Double, baseline: Double)] = []
            for dy in [-8.0, 17, -22, 31, 45, 59] {
                candidates += [(at.x + 7, at.y + dy), (at.x - 7 - width, at.y + dy)]
            }
            let place = placer.place(width: width, fontSize: 11, candidates: candidates)
            svg.element("text", [("class", "ha"), ("x", fmt(place.x)), ("y", fmt(place.baseline)), ("font-size", "11")], text: text)
        }
    }
}

/// Path data builders.
enum PathData {
    static func polyline(_ points: [Point], closed: Bool) -> String {
        guard let first = points.first else { return "" }
        var d = "M" + fmt(first.x) + "," + fmt(first.y)
        var previous = (fmt(first.x), fmt(first.y))
        var started = false
        for point in points.dropFirst() {
            let current = (fmt(point.x), fmt(point.y))
            if current == previous { continue }
            d += (started ? " " : "L") + current.0 + "," + current.1
            started = true
            previous = current
        }
        return closed ? d + "Z" : d
    }
}
