/// A shaded band around a series, e.g. min–max or mean ± std across seeds.
public struct Band: Sendable, Hashable {
    /// What the band shows, for the text summary.
    public enum Kind: String, Sendable, Hashable {
        case minMax = "min–max"
        case meanStd = "mean ± std"
    }

    public var lower: [Double]
    public var upper: [Double]
    public var kind: Kind

    public init(lower: [Double], upper: [Double], kind: Kind) {
        self.lower = lower
        self.upper = upper
        self.kind = kind
    }
}

/// One labelled line. A non-finite `y` (NaN, ±∞) marks where the series stopped: the line
/// ends there and a "diverged at step N" marker is drawn.
public struct LineSeries: Sendable, Hashable {
    public var label: String
    public var x: [Double]
    public var y: [Double]
    public var band: Band?
    /// The seeds behind the line, each drawn as a thin line in the series' colour; `nil` draws none.
    public var runs: SeedRuns?
    /// Palette index (0 is the first series colour) used instead of the series' position, so a
    /// model can keep one colour in every figure of a lesson; `nil` colours by position.
    public var color: Int?
    /// Drawn dashed (in the legend too), so a line drawn over another leaves it visible.
    public var dashed: Bool

    public init(label: String, x: [Double], y: [Double], band: Band? = nil, runs: SeedRuns? = nil, color: Int? = nil,
                dashed: Bool = false) {
        self.label = label
        self.x = x
        self.y = y
        self.band = band
        self.runs = runs
        self.color = color
        self.dashed = dashed
    }

    /// A series at x = 0, 1, 2, … (time steps).
    public init(label: String, y: [Double], band: Band? = nil, runs: SeedRuns? = nil, color: Int? = nil, dashed: Bool = false) {
        self.init(label: label, x: y.indices.map(Double.init), y: y, band: band, runs: runs, color: color, dashed: dashed)
    }
}

/// A labelled horizontal line, e.g. a task's baseline loss.
public struct ReferenceLine: Sendable, Hashable {
    public var label: String
    public var y: Double

    public init(label: String, y: Double) {
        self.label = label
        self.y = y
    }
}

/// A labelled vertical line, e.g. where free-running prediction starts.
public struct VerticalMarker: Sendable, Hashable {
    public var label: String
    public var x: Double

    public init(label: String, x: Double) {
        self.label = label
        self.x = x
    }
}

/// One axis: its title, scale and (optionally) a fixed range.
public struct Axis: Sendable, Hashable {
    public var title: String
    public var scale: AxisScale
    /// Fixed bounds; `nil` fits the data.
    public var range: ClosedRange<Double>?

    public init(title: String, scale: AxisScale = .linear, range: ClosedRange<Double>? = nil) {
        self.title = title
        self.scale = scale
        self.range = range
    }
}

/// A line chart: several series, optional bands, reference lines and vertical markers.
public struct LineChart: Sendable, Hashable, DrawableFigure {
    /// Read by screen readers and shown as a tooltip; the page caption is separate.
    public var title: String
    public var xAxis: Axis
    public var yAxis: Axis
    public var series: [LineSeries]
    public var references: [ReferenceLine]
    public var markers: [VerticalMarker]
    /// Size of the viewBox in SVG user units; the figure scales to the page width.
    public var width: Double
    public var height: Double
    /// Prefix for every id in the SVG; `nil` derives one from the content.
    public var id: String?
    /// Replaces the generated text summary (`<desc>`) when set.
    public var summary: String?

    public init(
        title: String, xAxis: Axis, yAxis: Axis, series: [LineSeries],
        references: [ReferenceLine] = [], markers: [VerticalMarker] = [],
        width: Double = 640, height: Double = 360, id: String? = nil, summary: String? = nil
    ) {
        self.title = title
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.series = series
        self.references = references
        self.markers = markers
        self.width = width
        self.height = height
        self.id = id
        self.summary = summary
    }

    /// What a placeholder for this figure shows when the data cannot be drawn.
    public var placeholder: FigurePlaceholder { FigurePlaceholder(title: title, width: width, height: height, id: id) }

    /// The SVG text, or an error saying why the data cannot be drawn.
    public func render() throws(FigureError) -> String {
        let plan = try LineChartPlan(chart: self)
        var body = SVGWriter()
        plan.draw(into: &body, frame: Rect(x: 0, y: 0, width: width, height: height), options: .standalone)
        return FigureDocument.render(
            width: width, height: height, title: title, description: summary ?? plan.summary,
            explicitID: id, seriesColors: plan.series.map(\.color), body: body.text)
    }
}
