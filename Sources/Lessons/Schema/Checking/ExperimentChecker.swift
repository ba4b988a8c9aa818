import Engine

/// Options of ```{experiment}```, their defaults, and the bound on its cost.
enum ExperimentChecker {
    static func check(_ options: Entries, name: String?, _ d: DiagnosticCollector) -> ExperimentDirective? {
        let task = d.read(options, required: "task", example: "adding(length: 100)") { d.task($0) }
        let models = d.read(options, required: "models", example: "[lstm(hidden: 32)]") {
            d.list($0, "models", count: Limits.models, element: d.model)
        }
        let steps = d.read(options, "steps", default: 1000) { d.integer($0, "steps", in: Limits.steps) }
        let batch = d.read(options, "batch", default: 32) { d.integer($0, "batch", in: Limits.batch) }
        let optimizer = d.read(options, "optimizer", default: OptimizerSettings.standard) { d.optimizer($0) }
        let clip = d.read(options, "clip", default: 1.0) { d.number($0, "clip", in: Limits.clip) }
        let schedule = d.read(options, "schedule", default: LearningRateSchedule.constant) { d.schedule($0) }
        let seeds = d.read(options, "seeds", default: [1]) { d.seeds($0) }
        let saveWeights = d.read(options, "saveWeights", default: [Moment]()) { moments($0, d) }
        let threshold = d.read(options, "threshold", default: Double?.none) {
            d.number($0, "threshold", in: Limits.threshold).map { .some($0) }
        }
        // evalEvery's default and bound depend on steps; skip it when steps is wrong.
        let evalEvery = steps.flatMap { steps in
            d.read(options, "evalEvery", default: max(1, steps / 50)) { d.integer($0, "evalEvery", in: 1...steps) }
        }
        guard let task, let models, let steps, let batch, let optimizer, let clip, let schedule, let seeds,
              let saveWeights, let threshold, let evalEvery else { return nil }
        let labels = ModelLabels.labels(for: models)
        guard checkLabels(labels, models: models, options: options, d) else { return nil }
        let cost = ExperimentCost(models: models, task: task, inputWidth: task.inputWidthEstimate,
                                  steps: steps, batch: batch, seeds: seeds.count)
        let what = name.map { "experiment '\($0)'" } ?? "this experiment"
        if cost.operations > ExperimentCost.maximumOperations {
            d.error(options.ownerRange,
                    "\(what) is too expensive: about \(ExperimentCost.format(cost.operations)) floating-point operations, more than the limit of \(ExperimentCost.format(ExperimentCost.maximumOperations))",
                    hint: "reduce steps, batch, the number of seeds or models, the hidden size or the task's length")
            return nil
        }
        if cost.activationBytes > ExperimentCost.maximumActivationBytes {
            d.error(options.ownerRange,
                    "\(what) needs too much memory: about \(ExperimentCost.format(cost.activationBytes)) bytes of activations for one model, more than the limit of \(ExperimentCost.format(ExperimentCost.maximumActivationBytes))",
                    hint: "reduce batch, the hidden size, the number of layers or the task's length")
            return nil
        }
        return ExperimentDirective(task: task, models: models, labels: labels, steps: steps, batch: batch,
                                   optimizer: optimizer, clip: clip, schedule: schedule, seeds: seeds, evalEvery: evalEvery,
                                   saveWeights: saveWeights, threshold: threshold,
                                   taskRange: options.value("task")?.range)
    }

    /// `true` (the trained weights), `false`, `init`, `trained` or `[init, trained]`.
    static func moments(_ value: Value, _ d: DiagnosticCollector) -> [Moment]? {
        switch value.kind {
        case .bool(let save): return save ? [.trained] : []
        case .word: return d.word(value, "saveWeights", as: Moment.self).map { [$0] }
        default: return d.distinctWords(value, "saveWeights", as: Moment.self, count: 1...2)
        }
    }

    /// Labels name models in legends and roles, so two models may not share one.
    static func checkLabels(_ labels: [String], models: [ModelSpecification], options: Entries,
                            _ d: DiagnosticCollector) -> Bool {
        guard let duplicate = d.firstDuplicate(labels), let first = labels.firstIndex(of: labels[duplicate]) else { return true }
        var range = options.range("models")
        if let value = options.value("models"), case .array(let items) = value.kind, duplicate < items.count {
            range = items[duplicate].range
        }
        d.error(range, "models \(first + 1) and \(duplicate + 1) have the same label '\(labels[duplicate])'",
                hint: "give one of them its own label: \(models[duplicate].kind)(…, label: \"…\")")
        return false
    }
}
