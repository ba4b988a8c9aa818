/// Any figure the library draws, for callers that handle them uniformly.
public enum Figure: Sendable, Hashable {
    case line(LineChart)
    case heatmap(Heatmap)
    case smallMultiples(SmallMultiples)
    case diagram(CellDiagram)
    /// Steps to a threshold per seed, one row per model.
    case seedOutcome(SeedOutcomeChart)

    /// The SVG text, or an error saying why the data cannot be drawn.
    public func render() throws(FigureError) -> String {
        switch self {
        case .line(let chart): return try chart.render()
        case .heatmap(let map): return try map.render()
        case .smallMultiples(let grid): return try grid.render()
        case .diagram(let diagram): return try diagram.render()
        case .seedOutcome(let chart): return try chart.render()
        }
    }

    /// The SVG text; when the data cannot be drawn, a figure that says "no data" and why.
    public func renderOrPlaceholder() -> String {
        switch self {
        case .line(let chart): return chart.renderOrPlaceholder()
        case .heatmap(let map): return map.renderOrPlaceholder()
        case .smallMultiples(let grid): return grid.renderOrPlaceholder()
        case .diagram(let diagram): return diagram.renderOrPlaceholder()
        case .seedOutcome(let chart): return chart.renderOrPlaceholder()
        }
    }
}

/// A figure type: its SVG, or a placeholder that says why there is none.
public protocol DrawableFigure {
    /// The SVG text, or an error saying why the data cannot be drawn.
    func render() throws(FigureError) -> String
    /// The title and size a "no data" figure takes in its place.
    var placeholder: FigurePlaceholder { get }
}

/// The title and size of the "no data" figure that stands in for one that cannot be drawn.
public struct FigurePlaceholder: Sendable, Hashable {
    public var title: String
    public var width: Double
    public var height: Double
    public var id: String?

    public init(title: String, width: Double, height: Double, id: String?) {
        self.title = title
        self.width = width
        self.height = height
        self.id = id
    }
}

extension DrawableFigure {
    /// The SVG text; when the data cannot be drawn, a figure that says "no data" and why.
    public func renderOrPlaceholder() -> String {
        do {
            return try render()
        } catch {
            return NoDataFigure.render(title: placeholder.title, reason: error.message, width: placeholder.width,
                                       height: placeholder.height, id: placeholder.id)
        }
    }
}
