/// One panel of a small-multiples figure.
public enum Panel: Sendable, Hashable {
    case line(LineChart)
    case heatmap(Heatmap)

    var title: String {
        switch self {
        case .line(let chart): return chart.title
        case .heatmap(let map): return map.title
        }
    }
}

/// A grid of charts sharing axes, each titled with its own `title`.
///
/// Line panels share one x and one y range (and one legend when their series labels agree);
/// heatmap panels share one colour scale. Tick labels and axis titles appear only on the
/// outer edges of the grid.
public struct SmallMultiples: Sendable, Hashable, DrawableFigure {
    public var title: String
    public var panels: [Panel]
    public var columns: Int
    public var shareX: Bool
    public var shareY: Bool
    public var panelWidth: Double
    public var panelHeight: Double
    /// The height of each row, top to bottom, for a grid whose rows differ (a chart with a small
    /// one under it); rows beyond the list, and every row when it is empty, are `panelHeight`.
    public var rowHeights: [Double]
    public var id: String?
    public var summary: String?

    public init(
        title: String, panels: [Panel], columns: Int = 2, shareX: Bool = true, shareY: Bool = true,
        panelWidth: Double = 330, panelHeight: Double = 230, rowHeights: [Double] = [], id: String? = nil, summary: String? = nil
    ) {
        self.title = title
        self.panels = panels
        self.columns = columns
        self.shareX = shareX
        self.shareY = shareY
        self.panelWidth = panelWidth
        self.panelHeight = panelHeight
        self.rowHeights = rowHeights
        self.id = id
        self.summary = summary
    }

    /// The height of row `row` (0 is the top).
    func height(ofRow row: Int) -> Double {
        row < rowHeights.count && rowHeights[row] > 0 ? rowHeights[row] : panelHeight
    }

    /// The SVG text, or an error naming the panel that cannot be drawn.
    public func render() throws(FigureError) -> String {
        guard !panels.isEmpty else { throw FigureError("the small-multiples figure has no panels") }
        let layout = try SmallMultiplesLayout(self)
        return layout.render()
    }

    /// What a placeholder for this figure shows when the data cannot be drawn.
    public var placeholder: FigurePlaceholder {
        FigurePlaceholder(title: title, width: panelWidth * Double(max(1, columns)), height: panelHeight, id: id)
    }
}
