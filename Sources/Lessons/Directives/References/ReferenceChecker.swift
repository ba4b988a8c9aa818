import Engine

/// Checks one directive's references against the course: the experiment it names,
/// the model within it, and what that model and task must offer.
struct ReferenceChecker {
    let course: CourseDirectives

    func check(_ directive: Directive) -> [Diagnostic] {
        if case .claim(let claim) = directive.content { return check(claim) }
        guard let reference = directive.experimentReference else { return [] }
        let experiment: ExperimentDirective
        switch course.experiment(reference) {
        case .failed(let diagnostic): return [diagnostic]
        case .invalid: return []
        case .found(let found): experiment = found
        }
        switch directive.content {
        case .activations(let activations): return check(activations, experiment)
        case .prediction(let prediction): return check(prediction, experiment)
        case .gradientFlow(let flow): return check(flow, experiment)
        case .trace(let trace): return check(trace, experiment)
        case .table(let table): return check(table, experiment)
        default: return []
        }
    }

    /// Every metric of a table is one the experiment's task has (accuracy needs classes,
    /// bits per character a text).
    func check(_ table: TableDirective, _ experiment: ExperimentDirective) -> [Diagnostic] {
        table.metrics.compactMap { metric in
            metric.unavailable(for: experiment.task).map {
                .error(in: table.metricsRange ?? table.experiment.range, "'\(metric.rawValue)': \($0)",
                       hint: "remove '\(metric.rawValue)' from ':metrics:'")
            }
        }
    }

    /// The index of the referenced model, or an error at `range`.
    static func resolve(_ reference: ModelReference, in experiment: ExperimentDirective, name: String,
                        range: SourceRange) -> Result<Int, Diagnostic> {
        switch reference {
        case .index(let index):
            guard index >= 1, index <= experiment.models.count else {
                return .failure(.error(in: range, "experiment '\(name)' has \(experiment.models.count) model\(experiment.models.count == 1 ? "" : "s"); there is no model \(index)",
                                       hint: "use an index in 1...\(experiment.models.count) or a label: " + DidYouMean.list(experiment.labels)))
            }
            return .success(index - 1)
        case .label(let label):
            guard let index = experiment.labels.firstIndex(of: label) else {
                return .failure(.error(in: range, "experiment '\(name)' has no model labelled '\(label)'" + DidYouMean.clause(for: label, among: experiment.labels),
                                       hint: "its models are " + DidYouMean.list(experiment.labels, conjunction: "and")))
            }
            return .success(index)
        }
    }

    func check(_ activations: ActivationsDirective, _ experiment: ExperimentDirective) -> [Diagnostic] {
        let range = activations.modelRange ?? activations.experiment.range
        let index: Int
        switch Self.resolve(activations.model, in: experiment, name: activations.experiment.name, range: range) {
        case .failure(let diagnostic): return [diagnostic]
        case .success(let found): index = found
        }
        let model = experiment.models[index]
        guard let network = model.network else {
            return [Self.baselineHasNoState(experiment.labels[index], range: range, what: "hidden units or gates to show")]
        }
        var diagnostics: [Diagnostic] = []
        if !activations.quantity.exists(in: model) {
            diagnostics.append(.error(in: activations.quantityRange ?? range,
                                      "model '\(experiment.labels[index])' has no '\(activations.quantity.rawValue)'",
                                      hint: "a \(model.kind) shows " + DidYouMean.list(Quantity.available(in: model).map(\.rawValue))))
        }
        let unitsRange = activations.unitsRange ?? range
        switch activations.units {
        case .top(let count) where count > network.hidden:
            diagnostics.append(.error(in: unitsRange, "top(\(count)) asks for more units than the model's \(network.hidden)",
                                      hint: "use top(n) with n in 1...\(network.hidden)"))
        case .units(let units):
            if let unit = units.first(where: { $0 > network.hidden }) {
                diagnostics.append(.error(in: unitsRange, "unit \(unit) does not exist in a model with \(network.hidden) hidden units",
                                          hint: "units are numbered 1...\(network.hidden)"))
            }
        case .correlated(let feature, let count, let by):
            diagnostics += checkCorrelated(feature: feature, count: count, by: by, model: model, hidden: network.hidden,
                                           label: experiment.labels[index],
                                           task: experiment.task, range: unitsRange)
        default: break
        }
        if case .text(let text) = activations.input {
            diagnostics += checkInput(text, task: experiment.task, range: activations.inputRange ?? range)
        }
        return diagnostics
    }

    /// `correlated(feature, count:, by:)`: the feature exists for the task, the count fits the
    /// model and the ranking quantity is one the model has.
    func checkCorrelated(feature: ActivationFeature, count: Int, by: Quantity?, model: ModelSpecification, hidden: Int, label: String,
                         task: TaskSpec, range: SourceRange) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if !feature.exists(in: task) {
            diagnostics.append(.error(in: range, "the \(task.name) task has no bracket depth to correlate with",
                                      hint: "depth is a feature of brackets tasks; every task has position: correlated(position, count: \(count))"))
        }
        if count > hidden {
            diagnostics.append(.error(in: range, "correlated(…, count: \(count)) asks for more units than the model's \(hidden)",
                                      hint: "use a count in 1...\(hidden)"))
        }
        if let by, !by.exists(in: model) {
            diagnostics.append(.error(in: range, "model '\(label)' has no '\(by.rawValue)' to rank its units by",
                                      hint: "a \(model.kind) ranks by " + DidYouMean.list(Quantity.available(in: model).map(\.rawValue))))
        }
        return diagnostics
    }

    /// A directive that needs a network's insides, pointed at a baseline.
    static func baselineHasNoState(_ label: String, range: SourceRange, what: String) -> Diagnostic {
        .error(in: range, "model '\(label)' is a baseline: it has no \(what)",
               hint: "baselines (persistence, ar) are fitted, not trained networks; name a network of the experiment")
    }

    func checkInput(_ text: String, task: TaskSpec, range: SourceRange) -> [Diagnostic] {
        guard task.hasSymbolInput else {
            return [.error(in: range, "the \(task.name) task has no symbols to write as a string",
                           hint: "use ':seed: n' to generate an input sequence")]
        }
        if case .brackets = task, let bad = text.unicodeScalars.first(where: { $0 != "(" && $0 != ")" }) {
            return [.error(in: range, "a brackets input has only '(' and ')', not '\(ValueParser.show(bad))'",
                           hint: "write a sequence such as \"(()(()))\"")]
        }
        return []
    }

    func check(_ prediction: PredictionDirective, _ experiment: ExperimentDirective) -> [Diagnostic] {
        let range = prediction.modelRange ?? prediction.experiment.range
        if case .failure(let diagnostic) = Self.resolve(prediction.model, in: experiment, name: prediction.experiment.name, range: range) {
            return [diagnostic]
        }
        let freeRange = prediction.freeRunRange ?? range
        guard prediction.freeRun > 0 else { return [] }
        guard experiment.task.predictsNextValue else {
            return [.error(in: freeRange, "the \(experiment.task.name) task does not predict its next input, so a model cannot run free",
                           hint: "freeRun needs a dampedSine or text experiment; remove ':freeRun:'")]
        }
        let length = prediction.length ?? experiment.task.length
        guard prediction.freeRun <= length else {
            return [.error(in: freeRange, "freeRun \(prediction.freeRun) is longer than the \(length) steps shown",
                           hint: "use freeRun in 0...\(length)")]
        }
        return []
    }

    func check(_ trace: TraceDirective, _ experiment: ExperimentDirective) -> [Diagnostic] {
        let range = trace.modelsRange ?? trace.experiment.range
        // Every network of the experiment, unless the trace names models: a baseline is fitted, not trained.
        var indices = experiment.models.indices.filter { experiment.models[$0].network != nil }
        if let models = trace.models {
            indices = []
            for model in models {
                switch Self.resolve(model, in: experiment, name: trace.experiment.name, range: range) {
                case .success(let index) where experiment.models[index].baseline != nil:
                    return [Self.baselineHasNoState(experiment.labels[index], range: range, what: "training to trace")]
                case .success(let index): indices.append(index)
                case .failure(let diagnostic): return [diagnostic]
                }
            }
        }
        guard let gate = trace.gate else { return [] }
        for index in indices where !gate.exists(in: experiment.models[index]) {
            return [.error(in: trace.gateRange ?? range, "model '\(experiment.labels[index])' has no \(gate.rawValue) gate",
                           hint: trace.models == nil ? "name the models that have it with ':models: [\"…\"]'" : "show only models that have it")]
        }
        return []
    }

    func check(_ flow: GradientFlowDirective, _ experiment: ExperimentDirective) -> [Diagnostic] {
        guard case .experiment(let reference) = flow.source else { return [] }
        var diagnostics: [Diagnostic] = []
        if let task = flow.task, task.name != experiment.task.name {
            diagnostics.append(.error(in: flow.taskRange ?? reference.range,
                                      "the task must be \(experiment.task.name) like the experiment's, not \(task.name)",
                                      hint: "the models read \(experiment.task.name) inputs; change only its arguments, e.g. a longer length"))
        }
        if flow.when.contains(.trained), let seed = flow.seeds.first(where: { !experiment.seeds.contains($0) }) {
            diagnostics.append(.error(in: flow.seedsRange ?? reference.range, "seed \(seed) is not one of the experiment's seeds",
                                      hint: "trained models exist for seeds " + experiment.seeds.map(String.init).joined(separator: ", ")))
        }
        return diagnostics
    }
}
