import Engine
import Figures
import Lessons
import Runner

extension DirectiveRenderer {
    func experimentFigure(_ experiment: ExperimentDirective) -> String {
        guard case .experiment(let result)? = results.results[name] else { return missing("the experiment did not run") }
        let baseline = result.task.baseline
        var loss: [LineSeries] = []
        var accuracy: [LineSeries] = []
        var csv = CSV(["model", "seed", "step", "loss"] + (result.task.hasAccuracy ? ["accuracy"] : []))
        for model in result.models {
            let steps = model.runs.map(\.steps).max { $0.count < $1.count } ?? []
            let x = steps.map(Double.init)
            // A run that diverged stopped early: pad it with NaN so the mean shows where it broke.
            let padded = model.runs.map { $0.loss + Array(repeating: .nan, count: steps.count - $0.loss.count) }
            if let series = try? LineSeries.aggregate(label: model.label, x: x, runs: padded, band: .minMax) { loss.append(series) }
            if result.task.hasAccuracy {
                let acc = model.runs.map { ($0.accuracy ?? []) + Array(repeating: .nan, count: steps.count - ($0.accuracy?.count ?? 0)) }
                if let series = try? LineSeries.aggregate(label: model.label, x: x, runs: acc, band: .minMax) { accuracy.append(series) }
            }
            for run in model.runs {
                for (i, step) in run.steps.enumerated() {
                    var row = [model.label, String(run.seed), String(step), Format.exact(run.loss[i])]
                    if result.task.hasAccuracy { row.append(Format.exact(run.accuracy?[i] ?? .nan)) }
                    csv.add(row)
                }
            }
        }
        let seeds = experiment.seeds.count
        let band = seeds > 1 ? " (mean of \(seeds) seeds; band: min–max)" : ""
        let chart = LineChart.loss(
            title: directive.alt ?? "Test loss on \(result.task.description)\(band)", series: loss,
            baseline: ReferenceLine(label: "baseline \(Format.number(baseline))", y: baseline),
            yTitle: result.task.isClassification ? "test loss (cross-entropy, nats)" : "test loss (MSE)", id: figureID)
        var svgs = svg({ () throws(FigureError) in try chart.render() }, fallback: name)
        if !accuracy.isEmpty {
            let accuracyChart = LineChart(
                title: "Test accuracy", xAxis: Axis(title: "training step"), yAxis: Axis(title: "accuracy", range: 0...1),
                series: accuracy, height: 260, id: figureID + "-accuracy")
            svgs += "\n" + svg({ () throws(FigureError) in try accuracyChart.render() }, fallback: name)
        }
        let data = publish(csv.bytes, file: "\(name).csv")
        let table = metricsTable(result, metrics: Metric.allCases, dataName: "\(name)-metrics")
        saveWeights(experiment, result)
        return figure(svgs, data: data) + table + divergenceNotes(result)
    }

    func divergenceNotes(_ result: ExperimentResult) -> String {
        var html = ""
        for model in result.models {
            for run in model.runs {
                guard let step = run.divergedAt else { continue }
                html += "<p class=\"warning\">Model “\(model.label.htmlEscaped)” diverged at step \(step) (seed \(run.seed)): its loss became NaN or infinite, so its curve stops there.</p>\n"
            }
        }
        return html
    }

    /// A table of metrics per model, with its CSV.
    func metricsTable(_ result: ExperimentResult, metrics: [Metric], dataName: String, caption: String? = nil) -> String {
        var csv = CSV(["model"] + metrics.map(\.rawValue))
        var html = "<div class=\"table-scroll\"><table class=\"metrics\">\n"
        if let caption { html += "<caption>\(caption)</caption>\n" }
        html += "<thead><tr><th>model</th>" + metrics.map { "<th>\(ModelMetrics.headers[$0] ?? $0.rawValue)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for model in result.models {
            let m = ModelMetrics(model, baseline: result.task.baseline)
            html += "<tr><td>\(model.label.htmlEscaped)</td>" + metrics.map { "<td>\(m.text($0).htmlEscaped)</td>" }.joined() + "</tr>\n"
            csv.add([model.label] + metrics.map { m.text($0) })
        }
        let data = publish(csv.bytes, file: "\(dataName).csv")
        return html + "</tbody>\n</table></div>\n<p class=\"table-data\"><a class=\"data\" href=\"\(data.htmlEscaped)\">table data</a></p>\n"
    }

    func saveWeights(_ experiment: ExperimentDirective, _ result: ExperimentResult) {
        guard experiment.saveWeights else { return }
        for (m, model) in result.models.enumerated() {
            for run in model.runs {
                var tensors = NamedTensors<Float>()
                for stored in run.weights {
                    tensors[stored.name] = try? Tensor(shape: stored.shape, values: stored.values)
                }
                let bytes = SafetensorsWriter.encode(tensors, metadata: ["model": model.label, "seed": String(run.seed)])
                _ = publish(bytes, file: "\(name)/model\(m + 1)-seed\(run.seed).safetensors")
            }
        }
    }

    func tableDirective(_ table: TableDirective) -> String {
        guard case .experiment(let result)? = results.results[table.experiment.name] else {
            return missing("experiment '\(table.experiment.name)' did not run")
        }
        let caption = "<span class=\"label\">\(entry.text).</span> \(captionHTML)"
        return "<div class=\"table-figure\" id=\"\(entry.anchor.htmlEscaped)\">\n"
            + metricsTable(result, metrics: table.metrics, dataName: name, caption: caption) + "</div>\n"
    }
}
