/// A figure that says "no data" and why, for data that cannot be drawn.
public enum NoDataFigure {
    /// An SVG with a dashed frame, "No data" and the reason, sized like the figure it replaces.
    public static func render(title: String, reason: String, width: Double = 640, height: Double = 360, id: String? = nil) -> String {
        var body = SVGWriter()
        body.element("rect", [("class", "gr"), ("stroke-dasharray", "6 4"), ("x", "1"), ("y", "1"),
                              ("width", fmt(width - 2)), ("height", fmt(height - 2)), ("rx", "6")])
        body.element("text", [("x", fmt(width / 2)), ("y", fmt(height / 2 - 6)), ("text-anchor", "middle"),
                              ("font-size", "16"), ("font-weight", "600")], text: "No data")
        for (index, line) in wrap(reason, width: width - 40, fontSize: 12).enumerated() {
            body.element("text", [("class", "mu"), ("x", fmt(width / 2)), ("y", fmt(height / 2 + 16 + Double(index) * 16)),
                                  ("text-anchor", "middle")], text: line)
        }
        return FigureDocument.render(width: width, height: height, title: title, description: "No data: " + reason,
                                     explicitID: id, seriesCount: 0, body: body.text)
    }

    /// Greedy word wrap by estimated text width.
    static func wrap(_ text: String, width: Double, fontSize: Double) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if TextMetrics.width(candidate, fontSize: fontSize) > width, !current.isEmpty {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
