/// Grid lines, axis lines, tick marks and tick labels.
enum AxisDrawing {
    static func grid(into svg: inout SVGWriter, plot: Rect, xTicks: [Tick], yTicks: [Tick], xs: ScaleMap, ys: ScaleMap) {
        var d = ""
        for tick in yTicks where tick.isMajor {
            d += "M\(fmt(plot.minX)),\(fmt(ys(tick.value)))H\(fmt(plot.maxX))"
        }
        for tick in xTicks where tick.isMajor {
            d += "M\(fmt(xs(tick.value))),\(fmt(plot.minY))V\(fmt(plot.maxY))"
        }
        if !d.isEmpty { svg.element("path", [("class", "gr"), ("d", d)]) }
    }

    static func axes(into svg: inout SVGWriter, plot: Rect, xTicks: [Tick], yTicks: [Tick], xs: ScaleMap, ys: ScaleMap,
                     showXLabels: Bool, showYLabels: Bool) {
        var d = "M\(fmt(plot.minX)),\(fmt(plot.minY))V\(fmt(plot.maxY))H\(fmt(plot.maxX))"
        for tick in yTicks {
            d += "M\(fmt(plot.minX)),\(fmt(ys(tick.value)))h-\(tick.isMajor ? 5 : 3)"
        }
        for tick in xTicks {
            d += "M\(fmt(xs(tick.value))),\(fmt(plot.maxY))v\(tick.isMajor ? 5 : 3)"
        }
        svg.element("path", [("class", "ax"), ("d", d)])
        svg.open("g", [("font-size", "11")])
        if showYLabels {
            for tick in yTicks where !tick.label.isEmpty {
                svg.element("text", [("x", fmt(plot.minX - 8)), ("y", fmt(ys(tick.value) + 4)), ("text-anchor", "end")], text: tick.label)
            }
        }
        if showXLabels {
            for tick in xTicks where !tick.label.isEmpty {
                svg.element("text", [("x", fmt(xs(tick.value))), ("y", fmt(plot.maxY + 18)), ("text-anchor", "middle")], text: tick.label)
            }
        }
        svg.close("g")
    }
}
