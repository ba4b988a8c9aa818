import Engine
import Figures
import Lessons
import Runner

extension DirectiveRenderer {
    func experimentFigure(_ experiment: ExperimentDirective) -> String {
        guard case .experiment(let result)? = results.results[name] else { return missing("the experiment did not run") }
        let outcomes = ExperimentOutcomes(result, experiment: experiment)
        let baseline = result.task.baseline
        var loss: [LineSeries?] = []
        var accuracy: [LineSeries?] = []
        var csv = CSV(["model", "seed", "step", "loss"] + (result.task.hasAccuracy ? ["accuracy"] : []))
        for model in result.models {
            let steps = model.runs.map(\.steps).max { $0.count < $1.count } ?? []
            let x = steps.map(Double.init)
            let color = modelColors[model.label]
            // A run that diverged stopped early: pad it with NaN so its line ends where it broke.
            let padded = model.runs.map { $0.loss + Array(repeating: .nan, count: steps.count - $0.loss.count) }
            loss.append(series { () throws(FigureError) in try LineSeries.median(label: model.label, x: x, runs: padded, color: color) })
            if result.task.hasAccuracy {
                let acc = model.runs.map { ($0.accuracy ?? []) + Array(repeating: .nan, count: steps.count - ($0.accuracy?.count ?? 0)) }
                accuracy.append(series { () throws(FigureError) in try LineSeries.median(label: model.label, x: x, runs: acc, color: color) })
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
        let lines = seeds > 1 ? " (thick: median of \(seeds) seeds; thin: each seed)" : ""
        let chart = LineChart.loss(
            title: directive.alt ?? "Test loss on \(result.task.description)\(lines)", series: loss.compactMap { $0 },
            baseline: ReferenceLine(label: "baseline \(Format.number(baseline))", y: baseline),
            yTitle: result.task.isClassification ? "test loss (cross-entropy, nats)" : "test loss (MSE)", id: figureID)
        var svgs = svg({ () throws(FigureError) in try chart.render() }, fallback: name)
        if !accuracy.isEmpty {
            let accuracyChart = LineChart(
                title: "Test accuracy", xAxis: Axis(title: "training step"), yAxis: Axis(title: "accuracy", range: 0...1),
                series: accuracy.compactMap { $0 }, height: 260, id: figureID + "-accuracy")
            svgs += "\n" + svg({ () throws(FigureError) in try accuracyChart.render() }, fallback: name)
        }
        let data = publish(csv.bytes, file: "\(name).csv")
        let table = metricsTable(outcomes, metrics: Metric.standard, dataName: "\(name)-metrics")
        saveWeights(experiment, result)
        return figure(svgs, data: data) + table + divergenceNotes(result)
    }

    /// A series, or nil with a warning when its data cannot be drawn.
    func series(_ make: () throws(FigureError) -> LineSeries) -> LineSeries? {
        do {
            return try make()
        } catch {
            output.warn(.warning(in: directive.kindRange, "figure '\(name)' cannot draw a series: \(error.message)"))
            return nil
        }
    }

    /// Each model label of this lesson's experiments gets one palette colour, in order of first appearance,
    /// so a model keeps its colour across the lesson's figures.
    var modelColors: [String: Int] {
        var colors: [String: Int] = [:]
        let path = directive.kindRange.start.path
        for other in directives.directives where other.kindRange.start.path == path {
            let labels: [String]
            switch other.content {
            case .experiment(let experiment): labels = experiment.labels
            case .gradientFlow(let flow):
                guard case .models(let models) = flow.source else { continue }
                labels = ModelLabels.labels(for: models)
            default: continue
            }
            for label in labels where colors[label] == nil { colors[label] = colors.count }
        }
        return colors
    }

    func divergenceNotes(_ result: ExperimentResult) -> String {
        var html = ""
        for model in result.models {
            let diverged = model.runs.compactMap { run in run.divergedAt.map { "seed \(run.seed) at step \($0)" } }
            guard !diverged.isEmpty else { continue }
            if results.expectedDivergences.contains("\(name)/\(model.label)") {
                html += "<p class=\"figure-note\">Model “\(model.label.htmlEscaped)” diverged, as the lesson's claim states (\(diverged.joined(separator: ", ").htmlEscaped)): its line stops where the loss became NaN or infinite.</p>\n"
                continue
            }
            html += "<p class=\"warning\">Model “\(model.label.htmlEscaped)” diverged (\(diverged.joined(separator: ", ").htmlEscaped)): its loss became NaN or infinite, so its line stops there.</p>\n"
        }
        return html
    }

    /// A table of metrics per model, with its CSV of plain numbers.
    func metricsTable(_ outcomes: ExperimentOutcomes, metrics: [Metric], dataName: String, caption: String? = nil) -> String {
        var csv = CSV(["model"] + metrics.map(\.rawValue))
        var html = "<div class=\"table-scroll\"><table class=\"metrics\">\n"
        if let caption { html += "<caption>\(caption)</caption>\n" }
        html += "<thead><tr><th>model</th>" + metrics.map { "<th>\(ModelMetrics.headers[$0] ?? $0.rawValue)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for model in outcomes.models {
            let m = ModelMetrics(model)
            html += "<tr><td>\(model.label.htmlEscaped)</td>" + metrics.map { "<td>\(m.text($0).htmlEscaped)</td>" }.joined() + "</tr>\n"
            csv.add([model.label] + metrics.map { Format.exact(m.value($0)) })
        }
        let data = publish(csv.bytes, file: "\(dataName).csv")
        let threshold = "Threshold: loss ≤ \(Format.number(outcomes.threshold))\(outcomes.threshold == outcomes.baseline / 2 ? " (half the baseline)" : ""); medians over seeds, a seed that never reached the threshold counting as never."
        return html + "</tbody>\n</table></div>\n<p class=\"table-data\">\(threshold.htmlEscaped) <a class=\"data\" href=\"\(data.htmlEscaped)\">table data</a></p>\n"
    }

    func saveWeights(_ experiment: ExperimentDirective, _ result: ExperimentResult) {
        for (m, model) in result.models.enumerated() {
            for run in model.runs {
                for moment in experiment.saveWeights {
                    guard let stored = moment == .trained ? run.weights : run.initialWeights else {
                        output.warn(.warning(in: directive.kindRange, "no initial weights were kept for '\(model.label)' seed \(run.seed); they are not published",
                                             hint: "build with --no-cache to train it again"))
                        continue
                    }
                    var tensors = NamedTensors<Float>()
                    for tensor in stored {
                        do {
                            tensors[tensor.name] = try Tensor(shape: tensor.shape, values: tensor.values)
                        } catch {
                            output.warn(.warning(in: directive.kindRange, "cannot publish tensor '\(tensor.name)' of '\(model.label)': \(error)"))
                        }
                    }
                    let bytes = SafetensorsWriter.encode(tensors, metadata: ["model": model.label, "seed": String(run.seed),
                                                                             "weights": moment == .trained ? "trained" : "initial"])
                    let suffix = moment == .trained ? "" : "-init"
                    _ = publish(bytes, file: "\(name)/model\(m + 1)-seed\(run.seed)\(suffix).safetensors")
                }
            }
        }
    }

    func tableDirective(_ table: TableDirective) -> String {
        guard case .experiment(let result)? = results.results[table.experiment.name],
              case .experiment(let experiment)? = directives.directive(named: table.experiment.name)?.content else {
            return missing("experiment '\(table.experiment.name)' did not run")
        }
        let caption = "<span class=\"label\">\(entry.text).</span> \(captionHTML)"
        return "<div class=\"table-figure\" id=\"\(entry.anchor.htmlEscaped)\">\n"
            + metricsTable(ExperimentOutcomes(result, experiment: experiment), metrics: table.metrics, dataName: name, caption: caption) + "</div>\n"
    }

    /// One row per model, one mark per seed at its steps to the threshold.
    func outcomesFigure(_ directive: OutcomesDirective) -> String {
        guard case .experiment(let result)? = results.results[directive.experiment.name],
              case .experiment(let experiment)? = directives.directive(named: directive.experiment.name)?.content else {
            return missing("experiment '\(directive.experiment.name)' did not run")
        }
        let outcomes = ExperimentOutcomes(result, experiment: experiment)
        var csv = CSV(["model", "seed", "stepsToThreshold", "solved", "finalLoss", "bestLoss", "divergedAt"])
        var rows: [SeedOutcomeChart.Row] = []
        for model in outcomes.models {
            rows.append(SeedOutcomeChart.Row(label: model.label, color: modelColors[model.label],
                                             values: model.seeds.map { $0.solved ? $0.stepsToThreshold.map(Double.init) : nil }))
            for seed in model.seeds {
                csv.add([model.label, String(seed.seed), seed.solved ? String(seed.stepsToThreshold ?? 0) : "inf",
                         seed.solved ? "1" : "0", Format.exact(seed.finalLoss), Format.exact(seed.bestLoss),
                         seed.divergedAt.map(String.init) ?? ""])
            }
        }
        let chart = SeedOutcomeChart(
            title: self.directive.alt ?? "Steps to a test loss of \(Format.number(outcomes.threshold)) per seed, \(result.task.description)",
            xTitle: "training steps to test loss ≤ \(Format.number(outcomes.threshold))", maxSteps: Double(experiment.steps),
            rows: rows, id: figureID)
        let data = publish(csv.bytes, file: "\(name).csv")
        return figure(svg({ () throws(FigureError) in try chart.render() }, fallback: name), data: data)
    }
}
