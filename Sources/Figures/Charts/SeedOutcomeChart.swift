/// Steps to a threshold for every seed of every model: one row per model, one mark per seed.
///
/// The figure an ablation needs when a mean curve would hide that some seeds never solved the
/// task: seeds that reached the threshold sit at their step on a linear axis from 0 to
/// `maxSteps`; seeds that never did sit in a "not solved" column at the right, so they are seen
/// and counted. Each row is labelled with its model, "k of n solved" and its median.
public struct SeedOutcomeChart: Sendable, Hashable, DrawableFigure {
    /// One model's seeds.
    public struct Row: Sendable, Hashable {
        /// The model's name, drawn at the left of its row.
        public var label: String
        /// Palette index used instead of the row's position, to match the model's colour elsewhere.
        public var color: Int?
        /// Steps to threshold, one per seed; `nil` for a seed that never reached it.
        public var values: [Double?]
        /// The median number of steps across all seeds; `nil` when half or more did not reach the threshold.
        public var median: Double?

        /// A row with its median given.
        public init(label: String, color: Int? = nil, values: [Double?], median: Double?) {
            self.label = label
            self.color = color
            self.values = values
            self.median = median
        }

        /// A row whose median is computed by `median(of:)`.
        public init(label: String, color: Int? = nil, values: [Double?]) {
            self.init(label: label, color: color, values: values, median: Self.median(of: values))
        }

        /// The median with unsolved seeds counted as never reaching the threshold (+∞): the
        /// middle value (the mean of the middle two for an even count), or `nil` when that falls
        /// on an unsolved seed, i.e. when half or more of the seeds did not solve.
        public static func median(of values: [Double?]) -> Double? {
            let sorted = values.map { $0 ?? .infinity }.sorted()
            guard !sorted.isEmpty else { return nil }
            let middle = sorted.count / 2
            let value = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
            return value.isFinite ? value : nil
        }
    }

    /// Read by screen readers and shown as a tooltip; the page caption is separate.
    public var title: String
    /// What the x axis counts, e.g. "training steps to loss < 0.01".
    public var xTitle: String
    /// The right end of the axis: the number of steps every seed was given.
    public var maxSteps: Double
    /// One row per model, drawn top to bottom.
    public var rows: [Row]
    /// Width of the viewBox in SVG user units; the height follows the number of rows.
    public var width: Double
    /// Prefix for every id in the SVG; `nil` derives one from the content.
    public var id: String?
    /// Replaces the generated text summary (`<desc>`) when set.
    public var summary: String?

    /// A chart of `rows` on an axis from 0 to `maxSteps`; `render()` rejects `maxSteps` ≤ 0,
    /// no rows, a row without seeds and values outside 0…`maxSteps`.
    public init(title: String, xTitle: String, maxSteps: Double, rows: [Row], width: Double = 640, id: String? = nil, summary: String? = nil) {
        self.title = title
        self.xTitle = xTitle
        self.maxSteps = maxSteps
        self.rows = rows
        self.width = width
        self.id = id
        self.summary = summary
    }

    /// What a placeholder for this figure shows when the data cannot be drawn.
    public var placeholder: FigurePlaceholder { FigurePlaceholder(title: title, width: width, height: 240, id: id) }

    /// The SVG text, or an error saying why the data cannot be drawn.
    public func render() throws(FigureError) -> String {
        let plan = try SeedOutcomePlan(chart: self)
        var body = SVGWriter()
        plan.draw(into: &body)
        return FigureDocument.render(
            width: plan.width, height: plan.height, title: title, description: summary ?? plan.summary,
            explicitID: id, extraStyle: SeedOutcomePlan.style, seriesColors: plan.rows.map(\.color), body: body.text)
    }
}
