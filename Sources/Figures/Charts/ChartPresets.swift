/// Ready-made line charts for the course's recurring figures.
extension LineChart {
    /// Test loss against training step on a log axis, with an optional baseline reference line.
    ///
    /// - Parameter baseline: e.g. `ReferenceLine(label: "baseline 1/6 (predict the mean)", y: 1.0 / 6)`.
    public static func loss(
        title: String, series: [LineSeries], baseline: ReferenceLine? = nil,
        xTitle: String = "training step", yTitle: String = "test loss", id: String? = nil
    ) -> LineChart {
        LineChart(title: title, xAxis: Axis(title: xTitle), yAxis: Axis(title: yTitle, scale: .log),
                  series: series, references: baseline.map { [$0] } ?? [], id: id)
    }

    /// A gradient norm such as ‖∂L/∂h_t‖ against time step t on a log axis, one series per model.
    public static func gradientNorms(
        title: String, series: [LineSeries], yTitle: String = "‖∂L/∂hₜ‖", xTitle: String = "time step t", id: String? = nil
    ) -> LineChart {
        LineChart(title: title, xAxis: Axis(title: xTitle), yAxis: Axis(title: yTitle, scale: .log), series: series, id: id)
    }

    /// Activation functions sampled over `x` on linear axes.
    ///
    /// - Parameters:
    ///   - xTitle: what x stands for, e.g. "score difference s₁ − s₂".
    ///   - yTitle: what the functions' values stand for, e.g. "weight on state 1".
    public static func functions(
        title: String, _ functions: [PlotFunction], x: ClosedRange<Double> = -6...6, xTitle: String = "x", yTitle: String = "f(x)",
        samples: Int = 241, id: String? = nil
    ) -> LineChart {
        let count = max(2, min(samples, 4001))
        let xs = (0..<count).map { x.lowerBound + (x.upperBound - x.lowerBound) * Double($0) / Double(count - 1) }
        let series = functions.map { f in LineSeries(label: f.label, x: xs, y: xs.map(f.evaluate)) }
        return LineChart(title: title, xAxis: Axis(title: xTitle, range: x), yAxis: Axis(title: yTitle),
                         series: series, width: 560, height: 340, id: id)
    }

}

extension SmallMultiples {
    /// Prediction and target over time, and under them the error (prediction − target) on the
    /// same time axis, with a vertical marker where the model starts feeding back its own output.
    ///
    /// The target is drawn dashed over the prediction, so it stays visible where the two agree.
    /// The error is over the steps that have both values.
    ///
    /// - Parameter freeRunStart: the first time step predicted from the model's own output, if any.
    public static func prediction(
        title: String, target: [Double], prediction: [Double], freeRunStart: Int? = nil,
        yTitle: String = "value", id: String? = nil
    ) -> SmallMultiples {
        let steps = min(target.count, prediction.count)
        let error = (0..<steps).map { prediction[$0] - target[$0] }
        let marker = freeRunStart.map { [VerticalMarker(label: "free-running from step \($0)", x: Double($0))] } ?? []
        let values = LineChart(
            title: "Prediction and target", xAxis: Axis(title: "time step"), yAxis: Axis(title: yTitle),
            series: [LineSeries(label: "prediction", y: prediction, color: 1), LineSeries(label: "target", y: target, color: 0, dashed: true)],
            markers: marker)
        let errors = LineChart(
            title: "Error: prediction − target", xAxis: Axis(title: "time step"), yAxis: Axis(title: "error"),
            series: [LineSeries(label: "prediction − target", y: error, color: 2)],
            references: [ReferenceLine(label: "", y: 0)], markers: marker.map { VerticalMarker(label: "", x: $0.x) })
        return SmallMultiples(title: title, panels: [.line(values), .line(errors)], columns: 1, shareX: true, shareY: false,
                              panelWidth: 640, panelHeight: 280, rowHeights: [280, 150], id: id)
    }
}

/// A function for `LineChart.functions`, evaluated with the library's own arithmetic.
public enum PlotFunction: Sendable, Hashable {
    /// 1 / (1 + e^(−k·x)).
    case sigmoid(k: Double = 1)
    case tanh
    case relu
    /// max(0, min(1, 0.2·x + 0.5)): Keras's hard sigmoid (PyTorch's `hardsigmoid` has slope 1/6).
    case hardSigmoid
    /// The hard decision a gate softens: 0 below zero, 1 from zero on.
    case step
    case identity

    /// The legend label: "σ(x)", "σ(5x)", "tanh(x)", "ReLU(x)".
    public var label: String {
        switch self {
        case .sigmoid(let k): return k == 1 ? "σ(x)" : "σ(\(NumberFormat.significant(k))x)"
        case .tanh: return "tanh(x)"
        case .relu: return "ReLU(x)"
        case .hardSigmoid: return "hard σ(x)"
        case .step: return "step(x)"
        case .identity: return "x"
        }
    }

    public func evaluate(_ x: Double) -> Double {
        switch self {
        case .sigmoid(let k): return PlotMath.sigmoid(k * x)
        case .tanh: return PlotMath.tanh(x)
        case .relu: return max(0, x)
        case .hardSigmoid: return max(0, min(1, 0.2 * x + 0.5))
        case .step: return x < 0 ? 0 : 1
        case .identity: return x
        }
    }
}

extension LineSeries {
    /// The mean of several runs (e.g. seeds) with a band across them.
    ///
    /// A step where any run is NaN is NaN in the mean, so a run that diverged shows as divergence.
    /// A mean can draw a curve no seed had; `median(label:x:runs:color:)` shows every seed instead.
    ///
    /// - Parameter color: palette index to use instead of the series' position in its chart.
    public static func aggregate(
        label: String, x: [Double], runs: [[Double]], band kind: Band.Kind, color: Int? = nil
    ) throws(FigureError) -> LineSeries {
        guard !runs.isEmpty else { throw FigureError("series '\(label)' has no runs") }
        guard runs.allSatisfy({ $0.count == x.count }) else {
            throw FigureError("series '\(label)': every run needs \(x.count) values, one per x")
        }
        var mean: [Double] = [], lower: [Double] = [], upper: [Double] = []
        for i in x.indices {
            let values = runs.map { $0[i] }
            guard values.allSatisfy({ $0.isFinite }) else {
                mean.append(.nan); lower.append(.nan); upper.append(.nan)
                continue
            }
            let m = values.reduce(0, +) / Double(values.count)
            mean.append(m)
            switch kind {
            case .minMax:
                lower.append(values.min() ?? m)
                upper.append(values.max() ?? m)
            case .meanStd:
                let variance = values.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(values.count)
                lower.append(m - variance.squareRoot())
                upper.append(m + variance.squareRoot())
            }
        }
        return LineSeries(label: label, x: x, y: mean, band: Band(lower: lower, upper: upper, kind: kind), color: color)
    }
}
