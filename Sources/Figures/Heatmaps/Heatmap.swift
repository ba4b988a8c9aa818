/// How heatmap values map to colour.
public enum HeatmapScale: Sendable, Hashable {
    /// One hue from the background (lower bound) to full colour (upper bound); for gates in [0, 1].
    case sequential(ClosedRange<Double> = 0...1)
    /// Two hues for signed values, the background at zero; for cell and hidden states.
    /// `limit` is the magnitude of full colour; `nil` uses the largest |value|.
    case diverging(limit: Double? = nil)
}

/// A units × time steps grid of values, e.g. gate activations or cell states over a sequence.
public struct Heatmap: Sendable, Hashable, DrawableFigure {
    public var title: String
    /// `values[unit][step]`; NaN cells are left empty.
    public var values: [[Double]]
    /// One per row ("unit 3"); empty for 1, 2, 3, …
    public var rowLabels: [String]
    /// One per column, e.g. the input symbols "(" and ")"; empty for time step numbers.
    public var columnLabels: [String]
    public var scale: HeatmapScale
    /// Each row's colour spans that row's own range (a diverging row ±its largest |value|, a
    /// sequential row its minimum to maximum), so a faint row is not washed out by a strong one.
    /// Row labels then give each row's range, and the colour bar reads relative to it.
    public var scalesRows: Bool
    public var xTitle: String
    public var yTitle: String
    /// Title of the colour bar, e.g. "forget gate" or "cell state c".
    public var colorBarTitle: String
    public var width: Double
    public var id: String?
    public var summary: String?

    public init(
        title: String, values: [[Double]], rowLabels: [String] = [], columnLabels: [String] = [],
        scale: HeatmapScale, scalesRows: Bool = false, xTitle: String = "time step", yTitle: String = "unit", colorBarTitle: String = "",
        width: Double = 640, id: String? = nil, summary: String? = nil
    ) {
        self.title = title
        self.values = values
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.scale = scale
        self.scalesRows = scalesRows
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.colorBarTitle = colorBarTitle
        self.width = width
        self.id = id
        self.summary = summary
    }

    /// What a placeholder for this figure shows when the data cannot be drawn.
    public var placeholder: FigurePlaceholder { FigurePlaceholder(title: title, width: width, height: 240, id: id) }

    /// The SVG text, or an error saying why the data cannot be drawn.
    public func render() throws(FigureError) -> String {
        let plan = try HeatmapPlan(heatmap: self)
        var body = SVGWriter()
        let height = plan.naturalHeight
        plan.draw(into: &body, frame: Rect(x: 0, y: 0, width: width, height: height), options: .standalone)
        return FigureDocument.render(width: width, height: height, title: title, description: summary ?? plan.summary,
                                     explicitID: id, extraStyle: HeatmapPlan.style, seriesCount: 0, body: body.text)
    }
}
