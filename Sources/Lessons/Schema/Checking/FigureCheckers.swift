import Engine

/// Options of the directives that show results of models: gradient-flow, activations, prediction.
enum FigureCheckers {
    static func gradientFlow(_ options: Entries, _ d: DiagnosticCollector) -> GradientFlowDirective? {
        if options.has("experiment"), options.has("models") {
            d.error(options.range("models"), "gradient-flow takes 'experiment' or 'models', not both",
                    hint: "use ':experiment: name' for an experiment's models, or ':models: […]' with ':task:'")
            return nil
        }
        let seeds = d.read(options, "seeds", default: [1]) { d.seeds($0) }
        if options.has("experiment") {
            let experiment = d.read(options, required: "experiment", example: "forget-bias") { d.reference($0, "experiment") }
            let task = d.read(options, "task", default: TaskSpec?.none) { d.task($0).map { .some($0) } }
            let when = d.read(options, "when", default: [Moment.`init`, .trained]) {
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
        let models = d.read(options, required: "models", example: "[lstm(hidden: 32)]") {
            d.list($0, "models", count: Limits.models, element: d.model)
        }
        let task = d.read(options, required: "task", example: "adding(length: 100)") { d.task($0) }
        let when = d.read(options, "when", default: [Moment.`init`]) { d.distinctWords($0, "when", as: Moment.self, count: 1...2) }
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

    static func activations(_ options: Entries, _ d: DiagnosticCollector) -> ActivationsDirective? {
        let experiment = d.read(options, required: "experiment", example: "forget-bias") { d.reference($0, "experiment") }
        let model = d.read(options, "model", default: ModelReference.index(1)) { modelReference($0, d) }
        let quantity = d.read(options, required: "quantity", example: "cellState") { d.word($0, "quantity", as: Quantity.self) }
        var input: ActivationInput? = .seed(1)
        if options.has("input"), options.has("seed") {
            d.error(options.range("seed"), "activations takes 'input' or 'seed', not both", hint: "remove one of them")
            input = nil
        } else if options.has("input") {
            input = options.value("input").flatMap { d.string($0, "input", maxLength: Limits.inputLength.upperBound) }.map { .text($0) }
        } else if options.has("seed") {
            input = options.value("seed").flatMap { d.integer($0, "seed", in: Limits.seedValue) }.map { .seed($0) }
        }
        let units = d.read(options, "units", default: UnitSelection.top(4)) { unitSelection($0, d) }
        let scale = d.read(options, "scale", default: ActivationScale.shared) { d.word($0, "scale", as: ActivationScale.self) }
        guard let experiment, let model, let quantity, let input, let units, let scale else { return nil }
        return ActivationsDirective(experiment: experiment, model: model, modelRange: options.value("model")?.range,
                                    quantity: quantity, quantityRange: options.value("quantity")?.range, input: input, inputRange: options.value("input")?.range,
                                    units: units, unitsRange: options.value("units")?.range, scale: scale)
    }

    static func prediction(_ options: Entries, _ d: DiagnosticCollector) -> PredictionDirective? {
        let experiment = d.read(options, required: "experiment", example: "damped-sine") { d.reference($0, "experiment") }
        let model = d.read(options, "model", default: ModelReference.index(1)) { modelReference($0, d) }
        let length = d.read(options, "length", default: Int?.none) { d.integer($0, "length", in: Limits.sequenceLength).map { .some($0) } }
        let freeRun = d.read(options, "freeRun", default: 0) {
            d.integer($0, "freeRun", in: 0...((length ?? nil) ?? Limits.sequenceLength.upperBound))
        }
        guard let experiment, let model, let length, let freeRun else { return nil }
        return PredictionDirective(experiment: experiment, model: model, modelRange: options.value("model")?.range,
                                   length: length, freeRun: freeRun, freeRunRange: options.value("freeRun")?.range)
    }

    /// A model label (string) or 1-based index (integer).
    static func trace(_ options: Entries, _ d: DiagnosticCollector) -> TraceDirective? {
        let experiment = d.read(options, required: "experiment", example: "clipping") { d.reference($0, "experiment") }
        let quantity = d.read(options, "quantity", default: TraceDirective.Quantity.gradientNorm) {
            d.word($0, "quantity", as: TraceDirective.Quantity.self)
        }
        let gates: [Quantity] = [.forget, .input, .output, .reset, .update]
        let gate = d.read(options, "gate", default: Quantity?.none) { value -> Quantity?? in
            guard let gate = d.word(value, "gate", as: Quantity.self) else { return nil }
            guard gates.contains(gate) else {
                d.error(value.range, "'\(gate.rawValue)' is not a gate that saturates",
                        hint: "gates are " + DidYouMean.list(gates.map(\.rawValue), conjunction: "and"))
                return nil
            }
            return .some(gate)
        }
        let models = d.read(options, "models", default: [ModelReference]?.none) { value -> [ModelReference]?? in
            d.list(value, "models", count: Limits.models) { modelReference($0, d) }.map { .some($0) }
        }
        guard let experiment, let quantity, let gate, let models else { return nil }
        if quantity == .saturation, gate == nil {
            d.error(options.range("quantity"), "a saturation trace needs the gate it counts",
                    hint: "add ':gate: forget' (or input, output, reset, update)")
            return nil
        }
        if quantity == .gradientNorm, gate != nil {
            d.error(options.range("gate"), "':gate:' applies to a saturation trace",
                    hint: "remove ':gate:' or write ':quantity: saturation'")
            return nil
        }
        return TraceDirective(experiment: experiment, quantity: quantity, gate: gate, gateRange: options.value("gate")?.range,
                              models: models, modelsRange: options.value("models")?.range)
    }

    static func modelReference(_ value: Value, _ d: DiagnosticCollector) -> ModelReference? {
        switch value.kind {
        case .string(let label): return .label(label)
        case .integer: return d.integer(value, "model", in: Limits.models).map { .index($0) }
        default:
            d.error(value.range, "expected a model label or index, got \(value.kindDescription)",
                    hint: "write the model's label in quotes (\"lstm · forgetBias 1\") or its 1-based position in 'models' (2)")
            return nil
        }
    }

    /// `[3, 7]` (1-based units), `top(4)` or `correlated(depth, count: 3, by: cellState)`.
    static func unitSelection(_ value: Value, _ d: DiagnosticCollector) -> UnitSelection? {
        if case .call(let call) = value.kind, call.name == "top" {
            let args = d.arguments(of: call, labels: ["count"], positional: "count")
            return d.read(args, required: "count", example: "4") { d.integer($0, "count", in: Limits.units) }.map { .top($0) }
        }
        if case .call(let call) = value.kind, call.name == "correlated" { return correlated(call, d) }
        if case .word("top") = value.kind {
            d.error(value.range, "top needs a count", hint: "write top(4) for the four units of largest variance")
            return nil
        }
        if case .word("correlated") = value.kind {
            d.error(value.range, "correlated needs a feature", hint: "write correlated(depth, count: 3) for the three units that track depth best")
            return nil
        }
        guard let units = d.list(value, "units", count: Limits.units, element: { d.integer($0, "units", in: Limits.hidden) }) else {
            return nil
        }
        if case .array(let items) = value.kind, let duplicate = d.firstDuplicate(units) {
            d.error(items[duplicate].range, "unit \(units[duplicate]) is listed twice", hint: "list each unit once")
            return nil
        }
        return .units(units)
    }

    /// `correlated(depth, count: 3, by: cellState)`: the feature may be written without its label.
    static func correlated(_ call: Call, _ d: DiagnosticCollector) -> UnitSelection? {
        var call = call
        if let first = call.arguments.first, first.label == nil {
            call.arguments[0] = Argument(label: "feature", labelRange: first.value.range, value: first.value)
        }
        let args = d.arguments(of: call, labels: ["feature", "count", "by"])
        let feature = d.read(args, required: "feature", example: "depth") { d.word($0, "feature", as: ActivationFeature.self) }
        let count = d.read(args, "count", default: 4) { d.integer($0, "count", in: Limits.units) }
        let by = d.read(args, "by", default: Quantity?.none) { d.word($0, "by", as: Quantity.self).map { .some($0) } }
        guard let feature, let count, let by else { return nil }
        return .correlated(feature, count: count, by: by)
    }
}
