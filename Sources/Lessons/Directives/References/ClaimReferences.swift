import Engine

/// Checks a claim's sources against the course and the models its expression names.
extension ReferenceChecker {
    func check(_ claim: ClaimDirective) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var labels: [ClaimSource: (name: String, labels: [String])] = [:]
        var resolved: [ClaimSource: Directive] = [:]
        for (source, reference) in claim.sources.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            guard let declaration = course.declaration(named: reference.name) else {
                let candidates = course.directives.filter { $0.kind == source.kind }.compactMap(\.name).sorted()
                diagnostics.append(.error(in: reference.range, "unknown \(source.kind.rawValue) '\(reference.name)'" + DidYouMean.clause(for: reference.name, among: candidates),
                                          hint: candidates.isEmpty ? "define a ```{\(source.kind.rawValue)} \(reference.name)``` first"
                                              : "\(source.kind.rawValue) figures are " + DidYouMean.list(candidates, conjunction: "and")))
                continue
            }
            guard declaration.kind == source.kind else {
                diagnostics.append(.error(in: reference.range, "'\(reference.name)' is a \(declaration.kind.rawValue), not a \(source.kind.rawValue)",
                                          hint: "':\(source.rawValue):' names a \(source.kind.rawValue) directive"))
                continue
            }
            guard let directive = course.directive(named: reference.name) else { continue }  // its own errors are reported
            resolved[source] = directive
            if let found = course.modelLabels(of: directive) { labels[source] = (reference.name, found) }
        }
        guard diagnostics.isEmpty, resolved.count == claim.sources.count else { return diagnostics }
        var baselines: [ClaimSource: Set<Int>] = [:]
        if case .experiment(let experiment)? = resolved[.experiment]?.content {
            baselines[.experiment] = Set(experiment.models.indices.filter { experiment.models[$0].baseline != nil })
        }
        diagnostics += models(in: claim.holds, labels: labels, baselines: baselines)
        if case .experiment(let experiment)? = resolved[.experiment]?.content {
            diagnostics += metrics(in: claim.holds, task: experiment.task)
        }
        if case .activations(let activations)? = resolved[.activations]?.content,
           let experiment = course.directive(named: activations.experiment.name), case .experiment(let e) = experiment.content {
            diagnostics += features(in: claim.holds, task: e.task)
        }
        return diagnostics
    }

    /// Every model argument names a model of the function's source.
    private func models(in expression: ClaimExpression, labels: [ClaimSource: (name: String, labels: [String])],
                        baselines: [ClaimSource: Set<Int>]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        expression.visitCalls { name, arguments in
            guard let function = ClaimFunction.named(name), let source = function.source,
                  function.parameters.first == .model, let argument = arguments.first(where: { $0.label == nil }),
                  let known = labels[source] else { return }
            switch ClaimModels.resolve(argument.value, among: known.labels, in: known.name) {
            case .failure(let problem): diagnostics.append(problem)
            case .success(let index):
                if function.readsTraining, baselines[source]?.contains(index) == true {
                    diagnostics.append(ReferenceChecker.baselineHasNoState(known.labels[index], range: argument.value.range,
                                                                            what: "training for \(name) to read"))
                }
            }
        }
        return diagnostics
    }

    /// `accuracy` and `bitsPerCharacter` only where the experiment's task has them.
    private func metrics(in expression: ClaimExpression, task: TaskSpec) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        expression.visitCalls { name, arguments in
            guard let metric = Metric(rawValue: name), let reason = metric.unavailable(for: task) else { return }
            diagnostics.append(.error(in: arguments.first?.value.range ?? expression.range, reason,
                                      hint: "compare finalLoss instead"))
        }
        return diagnostics
    }

    /// Features the activations' task has.
    private func features(in expression: ClaimExpression, task: TaskSpec) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        expression.visitCalls { name, arguments in
            guard name == "correlation", let argument = arguments.first(where: { $0.label == nil }),
                  case .word(let word) = argument.value.kind, let feature = ActivationFeature(rawValue: word) else { return }
            if !feature.exists(in: task) {
                diagnostics.append(.error(in: argument.value.range, "the \(task.name) task has no bracket depth",
                                          hint: "depth is a feature of brackets tasks; every task has position"))
            }
        }
        return diagnostics
    }
}

/// Resolving the model a claim function names.
public enum ClaimModels {
    /// The 0-based index of the model `argument` names (a label in quotes or a 1-based index).
    public static func resolve(_ argument: ClaimExpression, among labels: [String], in name: String) -> Result<Int, Diagnostic> {
        switch argument.kind {
        case .string(let label):
            guard let index = labels.firstIndex(of: label) else {
                return .failure(.error(in: argument.range, "'\(name)' has no model labelled '\(label)'" + DidYouMean.clause(for: label, among: labels),
                                       hint: "its models are " + DidYouMean.list(labels, conjunction: "and")))
            }
            return .success(index)
        case .number(let value) where value == value.rounded() && value >= 1 && value <= Double(labels.count):
            return .success(Int(value) - 1)
        default:
            return .failure(.error(in: argument.range, "'\(name)' has \(labels.count) models; \(argument.text) is none of them",
                                   hint: "name a model by its label: " + DidYouMean.list(labels)))
        }
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

extension ClaimExpression {
    /// Calls `body` for every call in the expression, outermost first.
    public func visitCalls(_ body: (String, [ClaimArgument]) -> Void) {
        switch kind {
        case .call(let name, let arguments):
            body(name, arguments)
            for argument in arguments { argument.value.visitCalls(body) }
        case .binary(_, let lhs, let rhs):
            lhs.visitCalls(body)
            rhs.visitCalls(body)
        case .negate(let inner), .not(let inner):
            inner.visitCalls(body)
        case .number, .string, .word:
            break
        }
    }
}

extension ClaimSource {
    /// The directive kind this source names.
    public var kind: Directive.Kind {
        switch self {
        case .experiment: .experiment
        case .gradients: .gradientFlow
        case .activations: .activations
        case .prediction: .prediction
        }
    }
}

extension CourseDirectives {
    /// The labels of the models a directive's results are given for.
    func modelLabels(of directive: Directive) -> [String]? {
        switch directive.content {
        case .experiment(let experiment): return experiment.labels
        case .gradientFlow(let flow):
            switch flow.source {
            case .models(let models): return ModelLabels.labels(for: models)
            case .experiment(let reference):
                // The figure shows the experiment's networks: a baseline has no gradients.
                guard case .experiment(let experiment)? = self.directive(named: reference.name)?.content else { return nil }
                return zip(experiment.labels, experiment.models).filter { $0.1.network != nil }.map(\.0)
            }
        default: return nil
        }
    }
}
