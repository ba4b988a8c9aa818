import Figures

/// Options of ```{function-plot}```.
enum FunctionPlotChecker {
    static let defaultFunctions: [PlotFunction] = [.sigmoid(k: 1), .tanh, .relu, .sigmoid(k: 5)]

    static func check(_ options: OptionReader, _ d: ValueReader) -> FunctionPlotDirective? {
        let functions = options.read("functions", default: defaultFunctions) {
            d.list($0, "functions", count: Limits.functions, element: d.plotFunction)
        }
        let x = options.read("x", default: -6.0...6.0) { interval($0, d) }
        let xLabel = options.read("xLabel", default: FunctionPlotDirective.defaultXLabel) {
            d.string($0, "xLabel", maxLength: Limits.label.upperBound)
        }
        let yLabel = options.read("yLabel", default: FunctionPlotDirective.defaultYLabel) {
            d.string($0, "yLabel", maxLength: Limits.label.upperBound)
        }
        guard let functions, let x, let xLabel, let yLabel else { return nil }
        return FunctionPlotDirective(functions: functions, x: x, xLabel: xLabel, yLabel: yLabel)
    }

    /// `-6...6`: a range of numbers with the lower bound first.
    static func interval(_ value: Value, _ d: ValueReader) -> ClosedRange<Double>? {
        guard case .range(let lower, let upper) = value.kind else {
            d.error(value.range, "expected a range, got \(value.kindDescription)", hint: "write the interval as lower...upper: -6...6")
            return nil
        }
        guard let low = d.number(lower, "x", in: Limits.plotRange), let high = d.number(upper, "x", in: Limits.plotRange) else {
            return nil
        }
        guard low < high else {
            d.error(value.range, "empty interval \(low)...\(high)", hint: "write the smaller bound first, and two different bounds")
            return nil
        }
        return low...high
    }
}
