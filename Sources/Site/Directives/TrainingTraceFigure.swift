import Figures
import Lessons
import Runner

extension DirectiveRenderer {
    /// An experiment's training traces: every seed thin, the median thick, per model.
    func trainingTraceFigure(_ trace: TraceDirective) -> String {
        guard case .experiment(let result)? = results.results[trace.experiment.name],
              case .experiment(let experiment)? = directives.directive(named: trace.experiment.name)?.content else {
            return missing("experiment '\(trace.experiment.name)' did not run")
        }
        let indices = trace.models.map { references in
            references.compactMap { reference -> Int? in
                switch reference {
                case .index(let index): index - 1
                case .label(let label): experiment.labels.firstIndex(of: label)
                }
            }
        } ?? Array(result.models.indices)
        let norms = trace.quantity == .gradientNorm
        let gate = trace.gate?.rawValue ?? ""
        var series: [LineSeries?] = []
        var csv = CSV(["model", "seed", "step", norms ? "gradientNorm" : "\(gate)Saturation"] + (norms ? ["clipped"] : []))
        for index in indices where result.models.indices.contains(index) {
            let model = result.models[index]
            let traces = model.runs.compactMap(\.traces)
            guard traces.count == model.runs.count else { return missing("the runs of '\(model.label)' have no traces; rebuild with --no-cache") }
            let steps: [Int]
            let runs: [[Double]]
            if norms {
                steps = Array(1...max(1, traces.map(\.gradientNorms.count).max() ?? 1))
                runs = traces.map(\.gradientNorms)
            } else {
                steps = traces.map(\.saturationSteps).max { $0.count < $1.count } ?? []
                runs = traces.map { $0.saturation[gate] ?? [] }
            }
            // A run that diverged stopped early: NaN keeps its line from going on.
            let padded = runs.map { $0 + Array(repeating: .nan, count: max(0, steps.count - $0.count)) }
            series.append(self.series { () throws(FigureError) in
                try LineSeries.median(label: model.label, x: steps.map(Double.init), runs: padded, color: modelColors[model.label])
            })
            for (run, seedTraces) in zip(model.runs, traces) {
                let values = norms ? seedTraces.gradientNorms : seedTraces.saturation[gate] ?? []
                for (i, value) in values.enumerated() {
                    var row = [model.label, String(run.seed), String(norms ? i + 1 : seedTraces.saturationSteps[i]), Format.exact(value)]
                    if norms { row.append(i < seedTraces.clipped.count && seedTraces.clipped[i] ? "1" : "0") }
                    csv.add(row)
                }
            }
        }
        let seeds = experiment.seeds.count
        let lines = seeds > 1 ? " (thick: median of \(seeds) seeds; thin: each seed)" : ""
        let chart: LineChart
        if norms {
            // Each clipping norm in use, as a line: above it, updates are scaled down to it.
            let clips = Set(indices.filter { experiment.models.indices.contains($0) }.map { experiment.clip(for: $0) }).filter { $0 > 0 }.sorted()
            chart = LineChart(
                title: directive.alt ?? "Gradient norm before clipping at every training step\(lines)",
                xAxis: Axis(title: "training step"), yAxis: Axis(title: "gradient norm ‖g‖ (before clipping)", scale: .log),
                series: series.compactMap { $0 },
                references: clips.map { ReferenceLine(label: "clip \(Format.number($0))", y: $0) }, id: figureID)
        } else {
            chart = LineChart(
                title: directive.alt ?? "Fraction of \(gate)-gate values within 0.01 of 0 or 1 on a training batch\(lines)",
                xAxis: Axis(title: "training step"), yAxis: Axis(title: "saturated \(gate) gate values", range: 0...1),
                series: series.compactMap { $0 }, id: figureID)
        }
        let data = publish(csv.bytes, file: "\(name).csv")
        return figure(svg({ () throws(FigureError) in try chart.render() }, fallback: name), data: data)
    }
}
