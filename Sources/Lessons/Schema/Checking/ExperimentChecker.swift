import Engine

/// Options of ```{experiment}```, their defaults, and the bound on its cost.
enum ExperimentChecker {
    static func check(_ options: OptionReader, name: String?, _ d: ValueReader) -> ExperimentDirective? {
        let task = options.required("task", example: "adding(length: 100)") { d.task($0) }
        let models = options.required("models", example: "[lstm(hidden: 32)]") {
            d.list($0, "models", count: Limits.models, element: d.model)
        }
        let steps = options.integer("steps", default: 1000, in: Limits.steps)
        let batch = options.integer("batch", default: 32, in: Limits.batch)
        let optimizer = options.read("optimizer", default: OptimizerSettings.standard) { d.optimizer($0) }
        let clip = options.number("clip", default: 1.0, in: Limits.clip)
        let schedule = options.read("schedule", default: LearningRateSchedule.constant) { d.schedule($0) }
        let seeds = options.read("seeds", default: [1]) { d.seeds($0) }
        let saveWeights = options.read("saveWeights", default: [Moment]()) { moments($0, d) }
        let threshold = options.numberIfGiven("threshold", in: Limits.threshold)
        // evalEvery's default and bound depend on steps; skip it when steps is wrong.
        let evalEvery = steps.flatMap { steps in
            options.integer("evalEvery", default: max(1, steps / 50), in: 1...steps)
        }
        guard let task, let models, let steps, let batch, let optimizer, let clip, let schedule, let seeds,
              let saveWeights, let threshold, let evalEvery else { return nil }
        guard checkBaselines(models, task: task, options: options, d) else { return nil }
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
    static func moments(_ value: Value, _ d: ValueReader) -> [Moment]? {
        switch value.kind {
        case .bool(let save): return save ? [.trained] : []
        case .word: return d.word(value, "saveWeights", as: Moment.self).map { [$0] }
        default: return d.distinctWords(value, "saveWeights", as: Moment.self, count: 1...2)
        }
    }

    /// Baselines predict the next value of a real-valued sequence; the task must be one.
    static func checkBaselines(_ models: [ModelSpecification], task: TaskSpec, options: OptionReader, _ d: ValueReader) -> Bool {
        for (index, model) in models.enumerated() {
            guard let baseline = model.baseline else { continue }
            do throws(EngineError) {
                try baseline.validate(for: task)
            } catch {
                d.error(itemRange(options, "models", index), "\(model.canonicalForm) cannot run on \(task.name)",
                        hint: baseline.readsText
                            ? "unigram and bigram predict the next character of a text task"
                            : "persistence and ar predict the next value of a real-valued sequence (a dampedSine task)")
                return false
            }
        }
        return true
    }

    /// Where item `index` of an array option is written, or the option.
    static func itemRange(_ options: OptionReader, _ key: String, _ index: Int) -> SourceRange {
        if let value = options.value(key), case .array(let items) = value.kind, index < items.count { return items[index].range }
        return options.value(key)?.range ?? options.range(key)
    }

    /// Labels name models in legends and roles, so two models may not share one.
    static func checkLabels(_ labels: [String], models: [ModelSpecification], options: OptionReader,
                            _ d: ValueReader) -> Bool {
        guard let duplicate = d.firstDuplicate(labels), let first = labels.firstIndex(of: labels[duplicate]) else { return true }
        d.error(itemRange(options, "models", duplicate), "models \(first + 1) and \(duplicate + 1) have the same label '\(labels[duplicate])'",
                hint: "give one of them its own label: \(models[duplicate].kind)(…, label: \"…\")")
        return false
    }
}
