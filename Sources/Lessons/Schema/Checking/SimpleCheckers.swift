import Figures

/// Options of function-plot, diagram and table.
enum SimpleCheckers {
    static let defaultFunctions: [PlotFunction] = [.sigmoid(k: 1), .tanh, .relu, .sigmoid(k: 5)]

    static func functionPlot(_ options: Entries, _ d: DiagnosticCollector) -> FunctionPlotDirective? {
        let functions = d.read(options, "functions", default: defaultFunctions) {
            d.list($0, "functions", count: Limits.functions, element: d.plotFunction)
        }
        let x = d.read(options, "x", default: -6.0...6.0) { interval($0, d) }
        let xLabel = d.read(options, "xLabel", default: FunctionPlotDirective.defaultXLabel) {
            d.string($0, "xLabel", maxLength: Limits.label.upperBound)
        }
        let yLabel = d.read(options, "yLabel", default: FunctionPlotDirective.defaultYLabel) {
            d.string($0, "yLabel", maxLength: Limits.label.upperBound)
        }
        guard let functions, let x, let xLabel, let yLabel else { return nil }
        return FunctionPlotDirective(functions: functions, x: x, xLabel: xLabel, yLabel: yLabel)
    }

    /// `-6...6`: a range of numbers with the lower bound first.
    static func interval(_ value: Value, _ d: DiagnosticCollector) -> ClosedRange<Double>? {
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

    static func diagram(_ raw: RawDirective, _ options: Entries, _ d: DiagnosticCollector) -> DiagramDirective? {
        let cells = DiagramCell.allCases.map(\.rawValue)
        let names = d.read(options, "names", default: GateNames.classic) { d.word($0, "names", as: GateNames.self) }
        if options.value("cell") != nil {
            let cell = d.read(options, required: "cell", example: "lstm") { d.word($0, "cell", as: DiagramCell.self) }
            guard let cell, let names else { return nil }
            return DiagramDirective(cell: cell, names: names)
        }
        guard let argument = raw.argument, let range = raw.argumentRange else {
            d.error(raw.kindRange, "diagram needs a cell",
                    hint: "name the diagram and give its cell: ```{diagram} lstm-cell with :cell: lstm; cells are " + DidYouMean.list(cells))
            return nil
        }
        guard let cell = DiagramCell(rawValue: argument) else {
            d.error(range, "unknown cell '\(argument)'" + DidYouMean.clause(for: argument, among: cells),
                    hint: "cells are " + DidYouMean.list(cells, conjunction: "and")
                        + "; to name the diagram, give its cell as an option: :cell: lstm")
            return nil
        }
        guard let names else { return nil }
        return DiagramDirective(cell: cell, names: names)
    }

    static func table(_ options: Entries, _ d: DiagnosticCollector) -> TableDirective? {
        let experiment = d.read(options, required: "experiment", example: "forget-bias") { d.reference($0, "experiment") }
        let metrics = d.read(options, "metrics", default: Metric.standard) {
            d.distinctWords($0, "metrics", as: Metric.self, count: Limits.metrics)
        }
        guard let experiment, let metrics else { return nil }
        return TableDirective(experiment: experiment, metrics: metrics)
    }
}
