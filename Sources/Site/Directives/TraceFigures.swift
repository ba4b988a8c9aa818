import Figures
import Lessons
import Runner

extension DirectiveRenderer {
    func gradientFlowFigure() -> String {
        guard case .gradientFlow(let result)? = results.results[name] else { return missing("the gradients were not measured") }
        var series: [LineSeries?] = []
        var notes = ""
        var csv = CSV(["series", "seed_index", "t", "norm"])
        for s in result.series {
            let steps = s.runs.map(\.count).max() ?? 0
            let runs = s.runs.map { run in run + Array(repeating: .nan, count: steps - run.count) }
            // A gradient that underflowed to exactly 0 vanished rather than
            // diverged, and cannot sit on a log axis: the curve starts after
            // the last step where any seed's norm is 0, and a note says so.
            let start = ((0..<steps).last { t in runs.contains { $0[t] == 0 } } ?? -1) + 1
            if start > 0 {
                let label = s.label.htmlEscaped
                notes += start < steps
                    ? "<p class=\"figure-note\">“\(label)”: the gradient underflowed to exactly 0 at step \(start) or earlier (for at least one seed), so its curve starts at step \(start + 1).</p>\n"
                    : "<p class=\"figure-note\">“\(label)”: the gradient underflowed to exactly 0 by the last step, so it has no curve.</p>\n"
            }
            if start < steps {
                let x = (start + 1...steps).map(Double.init)
                let color = modelColors[s.model ?? s.label]
                series.append(self.series { () throws(FigureError) in
                    try LineSeries.median(label: s.label, x: x, runs: runs.map { Array($0[start...]) }, color: color)
                })
            }
            for (k, run) in s.runs.enumerated() {
                for (t, norm) in run.enumerated() { csv.add([s.label, String(k + 1), String(t + 1), Format.exact(norm)]) }
            }
        }
        let chart = LineChart.gradientNorms(title: directive.alt ?? "Gradient norm ‖∂L/∂hₜ‖ on \(result.task)", series: series.compactMap { $0 }, id: figureID)
        let data = publish(csv.bytes, file: "\(name).csv")
        return figure(svg({ () throws(FigureError) in try chart.render() }, fallback: name), data: data) + notes
    }

    func activationsFigure() -> String {
        guard case .activations(let result)? = results.results[name] else { return missing("the activations were not traced") }
        let quantity = Self.quantityTitle(result.quantity)
        var scalesRows = false
        if case .activations(let activations) = directive.content { scalesRows = activations.scale == .row }
        let heatmap = Heatmap(
            title: directive.alt ?? "\(quantity) of \(result.model)", values: result.values,
            rowLabels: Self.rowLabels(result), columnLabels: result.columnLabels,
            scale: result.isGate ? .sequential(0...1) : .diverging(limit: nil), scalesRows: scalesRows,
            xTitle: result.columnLabels.isEmpty ? "time step" : "input", colorBarTitle: quantity, id: figureID)
        var columns = ["unit", "t", "input", "value"]
        if let ranking = result.ranking { columns.append("r_\(ranking.quantity)_\(ranking.feature)") }
        var csv = CSV(columns)
        for (row, unit) in result.units.enumerated() {
            let r = result.ranking.map { row < $0.r.count ? [Format.exact($0.r[row])] : [""] } ?? []
            for (t, value) in result.values[row].enumerated() {
                let symbol = t < result.columnLabels.count ? result.columnLabels[t] : ""
                csv.add([String(unit), String(t + 1), symbol, Format.exact(value)] + r)
            }
        }
        let data = publish(csv.bytes, file: "\(name).csv")
        return figure(svg({ () throws(FigureError) in try heatmap.render() }, fallback: name), data: data)
    }

    /// "unit 7", or for units ranked by correlation what each tracks: "r = 0.97 with depth",
    /// naming the ranking quantity when it is not the one shown: "r(c) = 0.97 with depth".
    static func rowLabels(_ result: ActivationsResult) -> [String] {
        guard let ranking = result.ranking, ranking.r.count == result.units.count else { return result.units.map { "unit \($0)" } }
        let of = ranking.quantity == result.quantity ? "" : "(\(quantitySymbol(ranking.quantity)))"
        return ranking.r.map { "r\(of) = \(NumberFormat.fixed($0, decimals: 2)) with \(ranking.feature)" }
    }

    /// A short name for a quantity in a row label: c, h, or the gate's name.
    static func quantitySymbol(_ quantity: String) -> String {
        switch quantity {
        case "cellState": "c"
        case "hidden": "h"
        default: quantity
        }
    }

    static func quantityTitle(_ quantity: String) -> String {
        switch quantity {
        case "cellState": "cell state c"
        case "hidden": "hidden state h"
        case "candidate": "candidate"
        default: "\(quantity) gate"
        }
    }

    func predictionFigure() -> String {
        guard case .prediction(let result)? = results.results[name] else { return missing("the model was not run") }
        let chart = SmallMultiples.prediction(
            title: directive.alt ?? "Prediction of \(result.model)", target: result.target, prediction: result.prediction,
            freeRunStart: result.freeRunStart, id: figureID)
        var csv = CSV(["t", "target", "prediction", "error", "mode"])
        for t in result.target.indices {
            let predicted = t < result.prediction.count ? result.prediction[t] : nil
            let error = predicted.map { Format.exact($0 - result.target[t]) } ?? ""
            let mode = result.freeRunStart.map { t >= $0 ? "free-running" : "teacher-forced" } ?? "teacher-forced"
            csv.add([String(t + 1), Format.exact(result.target[t]), predicted.map(Format.exact) ?? "", error, mode])
        }
        let data = publish(csv.bytes, file: "\(name).csv")
        return figure(svg({ () throws(FigureError) in try chart.render() }, fallback: name), data: data)
    }
}
