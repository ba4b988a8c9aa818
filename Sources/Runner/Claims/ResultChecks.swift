import Lessons

/// Whether a claim held, and the numbers that decided it.
public struct ClaimOutcome: Sendable, Equatable {
    public var holds: Bool
    /// Every number the claim read, and each test's p-value, in the order evaluated.
    public var facts: [String]
}

/// What the build checks once everything has run: every claim, and the results
/// that call for a warning (divergence, a final loss far above the baseline).
///
/// Derived from the results, whether they were computed or read from the cache,
/// so a warm build warns exactly as the cold one did.
enum ResultChecks {
    static func run(_ checked: CheckedCourse, _ results: inout CourseResults) {
        var expected: Set<ExpectedFailure> = []
        for directive in checked.directives.directives {
            guard case .claim(let claim) = directive.content, let name = directive.name else { continue }
            let outcome: ClaimOutcome
            do {
                outcome = try evaluate(claim, checked: checked, results: results)
            } catch {
                results.diagnostics.append(.error(in: claim.holds.range, "cannot check claim '\(name)': \(error)"))
                continue
            }
            results.claims[name] = outcome
            if outcome.holds {
                expected.formUnion(ExpectedFailure.declared(by: claim))
            } else {
                results.diagnostics.append(.warning(
                    in: claim.holds.range, "claim '\(name)' does not hold: " + outcome.facts.joined(separator: "; "),
                    hint: "the runs do not show what the claim says: change the sentence and the claim, or the experiment"))
            }
        }
        results.expectedDivergences = Set(expected.map { "\($0.experiment)/\($0.model)" })
        results.diagnostics += warnings(checked, results, expected: expected)
    }

    static func evaluate(_ claim: ClaimDirective, checked: CheckedCourse, results: CourseResults) throws(RunError) -> ClaimOutcome {
        var context = ClaimContext()
        for (source, reference) in claim.sources {
            guard let result = results.results[reference.name] else {
                throw RunError("'\(reference.name)' has no results")
            }
            switch (source, result) {
            case (.experiment, .experiment(let experiment)):
                guard case .experiment(let directive)? = checked.directives.directive(named: reference.name)?.content else {
                    throw RunError("'\(reference.name)' is not an experiment")
                }
                context.experiment = ExperimentOutcomes(experiment, experiment: directive)
            case (.gradients, .gradientFlow(let flow)):
                context.gradients = flow
                context.gradientLabels = Self.uniqueModels(flow)
            case (.activations, .activations(let activations)):
                context.activations = activations
            case (.prediction, .prediction(let prediction)):
                context.prediction = prediction
            default:
                throw RunError("'\(reference.name)' is not a \(source.kind.rawValue)")
            }
        }
        var evaluator = ClaimEvaluator(context: context)
        var holds = try evaluator.evaluate(claim.holds).boolean
        var facts = evaluator.facts
        if let test = claim.test {
            for comparison in ClaimTests.testedComparisons(in: claim.holds) {
                let a = try evaluator.evaluate(comparison.lhs.sample).sample.map { $0 * comparison.lhs.scale }
                let b = try evaluator.evaluate(comparison.rhs.sample).sample.map { $0 * comparison.rhs.scale }
                let less = comparison.op == .less || comparison.op == .lessOrEqual
                let p = RankSumTest.pValue(a, b, alternative: less ? .less : .greater)
                let passed = p < test.level
                holds = holds && passed
                facts.append("rank-sum test of \(comparison.comparison.text): \(ClaimFormat.pValue(p)) (level \(ClaimFormat.number(test.level)))")
            }
        }
        facts.append(holds ? "holds" : "does not hold")
        return ClaimOutcome(holds: holds, facts: facts)
    }

    /// The models of a gradient-flow result, in order (a series per model and moment).
    static func uniqueModels(_ flow: GradientFlowResult) -> [String] {
        var seen: [String] = []
        for series in flow.series where !seen.contains(series.model ?? series.label) { seen.append(series.model ?? series.label) }
        return seen
    }

    // MARK: Warnings from results

    static func warnings(_ checked: CheckedCourse, _ results: CourseResults, expected: Set<ExpectedFailure>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for directive in checked.directives.directives {
            guard case .experiment(let experiment) = directive.content, let name = directive.name,
                  case .experiment(let result)? = results.results[name] else { continue }
            let outcomes = ExperimentOutcomes(result, experiment: experiment)
            for model in outcomes.models where !expected.contains(ExpectedFailure(experiment: name, model: model.label)) {
                let diverged = model.seeds.compactMap { seed in seed.divergedAt.map { "seed \(seed.seed) at step \($0)" } }
                if !diverged.isEmpty {
                    diagnostics.append(.warning(
                        in: directive.kindRange,
                        "model '\(model.label)' diverged in experiment '\(name)': " + diverged.joined(separator: ", "),
                        hint: "lower the learning rate or turn on clipping (:clip: 1.0); if the lesson shows a divergence on purpose, state it as a claim: diverged(\"\(model.label)\") >= 1"))
                }
                let high = model.seeds.filter { $0.divergedAt == nil && !($0.finalLoss <= 2 * outcomes.baseline) }.map(\.seed)
                if !high.isEmpty {
                    diagnostics.append(.warning(
                        in: directive.kindRange,
                        "model '\(model.label)' ended above twice the baseline (\(ClaimFormat.number(2 * outcomes.baseline))) in experiment '\(name)' on seed\(high.count == 1 ? "" : "s") " + high.map(String.init).joined(separator: ", "),
                        hint: "training went wrong: check the learning rate and the number of steps"))
                }
            }
        }
        return diagnostics
    }
}

/// A model whose divergence a holding claim states, so it is a finding and not a warning.
struct ExpectedFailure: Hashable {
    var experiment: String
    var model: String

    /// The models a claim says diverge: those it passes to `diverged(…)`.
    static func declared(by claim: ClaimDirective) -> Set<ExpectedFailure> {
        guard let experiment = claim.sources[.experiment]?.name else { return [] }
        var found: Set<ExpectedFailure> = []
        claim.holds.visitCalls { name, arguments in
            guard name == "diverged", case .string(let label)? = arguments.first?.value.kind else { return }
            found.insert(ExpectedFailure(experiment: experiment, model: label))
        }
        return found
    }
}
