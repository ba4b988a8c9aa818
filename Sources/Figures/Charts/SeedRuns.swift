/// The runs behind a series, one per seed, drawn as thin lines behind the series' own line.
///
/// A mean across seeds can draw a plateau that no seed ever had (two seeds that solved the task
/// and one that stayed stuck); the thin lines show what each seed did.
public struct SeedRuns: Sendable, Hashable {
    /// What the series' own line is across the seeds, for the text summary.
    public enum Center: String, Sendable, Hashable {
        /// The per-step median of the seeds still running (see `LineSeries.median(label:x:runs:color:)`).
        case median
        /// The per-step mean of the seeds.
        case mean
    }

    /// One array per seed with one value per x of the series; a non-finite value marks where
    /// that seed stopped (e.g. diverged), and the seed's line ends there.
    public var values: [[Double]]
    /// What the series' own `y` is; `nil` when it is neither the median nor the mean of the seeds.
    public var center: Center?

    /// Seeds for a series whose own line is `center` of them (`nil`: something else).
    public init(values: [[Double]], center: Center?) {
        self.values = values
        self.center = center
    }
}

extension LineSeries {
    /// The per-step median of several seeds as the thick line, with every seed kept as a thin line.
    ///
    /// A seed that stopped (a non-finite value, e.g. NaN from a divergence) is left out of the
    /// median from that step on; where every seed has stopped the median is NaN, so the line
    /// ends there as a divergence.
    ///
    /// - Parameters:
    ///   - runs: one array per seed, each with one value per `x`.
    ///   - color: palette index to use instead of the series' position in its chart.
    public static func median(label: String, x: [Double], runs: [[Double]], color: Int? = nil) throws(FigureError) -> LineSeries {
        guard !runs.isEmpty else { throw FigureError("series '\(label)' has no runs") }
        if let bad = runs.firstIndex(where: { $0.count != x.count }) {
            throw FigureError("series '\(label)': seed \(bad + 1) has \(runs[bad].count) values; every run needs \(x.count), one per x")
        }
        let stops = runs.map { run in run.firstIndex { !$0.isFinite } ?? run.count }
        let y = x.indices.map { i in
            median(of: runs.indices.filter { i < stops[$0] }.map { runs[$0][i] })
        }
        return LineSeries(label: label, x: x, y: y, runs: SeedRuns(values: runs, center: .median), color: color)
    }

    /// The median of finite values (the mean of the middle two for an even count); NaN for none.
    static func median(of values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
