import Engine

/// Options of ```{gradient-flow}```: an experiment's models, or models of its own at initialisation.
enum GradientFlowChecker {
    static func check(_ options: OptionReader, _ d: ValueReader) -> GradientFlowDirective? {
        if options.has("experiment"), options.has("models") {
            d.error(options.range("models"), "gradient-flow takes 'experiment' or 'models', not both",
                    hint: "use ':experiment: name' for an experiment's models, or ':models: […]' with ':task:'")
            return nil
        }
        let seeds = options.read("seeds", default: [1]) { d.seeds($0) }
        if options.has("experiment") {
            let experiment = options.reference("experiment", example: "forget-bias")
            let task = options.read("task", default: TaskSpec?.none) { d.task($0).map { .some($0) } }
            let when = options.read("when", default: [Moment.`init`, .trained]) {
                d.distinctWords($0, "when", as: Moment.self, count: 1...2)
            }
            guard let experiment, let task, let when, let seeds else { return nil }
            return GradientFlowDirective(source: .experiment(experiment), task: task, when: when, seeds: seeds,
                                         taskRange: options.value("task")?.range, seedsRange: options.value("seeds")?.range)
        }
        guard options.has("models") else {
            d.error(options.ownerRange, "gradient-flow needs 'experiment' or 'models'",
                    hint: "add ':experiment: name', or ':models: [lstm(hidden: 32)]' and ':task: adding(length: 100)'")
            return nil
        }
        let models = options.required("models", example: "[lstm(hidden: 32)]") {
            d.list($0, "models", count: Limits.models, element: d.model)
        }
        let task = options.required("task", example: "adding(length: 100)") { d.task($0) }
        let when = options.read("when", default: [Moment.`init`]) { d.distinctWords($0, "when", as: Moment.self, count: 1...2) }
        if let when, let index = when.firstIndex(of: .trained) {
            var range = options.range("when")
            if let value = options.value("when") {
                range = value.range
                if case .array(let items) = value.kind { range = items[index].range }
            }
            d.error(range, "'trained' needs an experiment that trains the models",
                    hint: "use ':experiment: name' to show trained models, or ':when: [init]'")
            return nil
        }
        guard let models, let task, let when, let seeds else { return nil }
        if let baseline = models.firstIndex(where: { $0.baseline != nil }) {
            d.error(ExperimentChecker.itemRange(options, "models", baseline), "\(models[baseline].canonicalForm) is a baseline: it has no gradients",
                    hint: "a gradient-flow figure measures recurrent networks; remove the baseline")
            return nil
        }
        if let trained = models.firstIndex(where: { !$0.training.isEmpty }) {
            var range = options.range("models")
            if let value = options.value("models"), case .array(let items) = value.kind, trained < items.count { range = items[trained].range }
            d.error(range, "a gradient-flow figure's own models are not trained, so they take no optimizer, clip or schedule",
                    hint: "give training settings to a model of an experiment, and show it with ':experiment: name'")
            return nil
        }
        return GradientFlowDirective(source: .models(models), task: task, when: when, seeds: seeds,
                                     taskRange: options.value("task")?.range, seedsRange: options.value("seeds")?.range)
    }
}
