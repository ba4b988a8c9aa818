import Engine
import Lessons

/// Evaluates a checked claim against results, recording the numbers it used.
struct ClaimEvaluator {
    let context: ClaimContext
    /// "median(steps("bias 3")) = 420", in the order evaluated, without repeats.
    private(set) var facts: [String] = []

    init(context: ClaimContext) {
        self.context = context
    }

    mutating func evaluate(_ expression: ClaimExpression) throws(RunError) -> ClaimValue {
        switch expression.kind {
        case .number(let value): return .number(value)
        case .string: throw RunError("a string is not a value")
        case .word(let word):
            guard let outcomes = context.experiment else { throw RunError("no experiment results for '\(word)'") }
            let value = word == "baseline" ? outcomes.baseline : outcomes.threshold
            note("\(word) = \(ClaimFormat.number(value))")
            return .number(value)
        case .negate(let inner): return .number(-(try evaluate(inner).number))
        case .not(let inner): return .boolean(!(try evaluate(inner).boolean))
        case .binary(let op, let lhs, let rhs):
            return try binary(op, lhs, rhs)
        case .call(let name, let arguments):
            let value = try call(name, arguments)
            switch value {
            case .number(let number): note("\(expression.text) = \(ClaimFormat.number(number))")
            case .sample(let values): note("\(expression.text) = \(ClaimFormat.sample(values))")
            case .boolean: break
            }
            return value
        }
    }

    private mutating func binary(_ op: ClaimOperator, _ lhs: ClaimExpression, _ rhs: ClaimExpression) throws(RunError) -> ClaimValue {
        switch op {
        case .and:
            let l = try evaluate(lhs).boolean
            let r = try evaluate(rhs).boolean  // evaluated anyway, so the note shows every number
            return .boolean(l && r)
        case .or:
            let l = try evaluate(lhs).boolean
            let r = try evaluate(rhs).boolean
            return .boolean(l || r)
        default: break
        }
        let l = try evaluate(lhs).number, r = try evaluate(rhs).number
        switch op {
        case .plus: return .number(l + r)
        case .minus: return .number(l - r)
        case .times: return .number(l * r)
        case .divided: return .number(l / r)
        case .less: return .boolean(l < r)
        case .lessOrEqual: return .boolean(l <= r)
        case .greater: return .boolean(l > r)
        case .greaterOrEqual: return .boolean(l >= r)
        case .equal: return .boolean(l == r)
        case .notEqual: return .boolean(l != r)
        case .and, .or: return .boolean(false)
        }
    }

    // MARK: Functions

    private mutating func call(_ name: String, _ arguments: [ClaimArgument]) throws(RunError) -> ClaimValue {
        let positional = arguments.filter { $0.label == nil }.map(\.value)
        func labelled(_ label: String) -> ClaimExpression? { arguments.first { $0.label == label }?.value }
        switch name {
        case "steps", "finalLoss", "bestLoss", "solved", "diverged", "seeds", "accuracy", "bitsPerCharacter":
            let model = try outcomes(positional.first)
            switch name {
            case "accuracy": return .sample(model.accuracies)
            case "bitsPerCharacter": return .sample(model.bitsPerCharacter)
            case "steps": return .sample(model.steps)
            case "finalLoss": return .sample(model.finalLosses)
            case "bestLoss": return .sample(model.bestLosses)
            case "solved": return .number(Double(model.solvedCount))
            case "diverged": return .number(Double(model.divergedCount))
            default: return .number(Double(model.seeds.count))
            }
        case "maxGradNorm", "clippedFraction", "saturation":
            let model = try outcomes(positional.first)
            let traces = try model.seeds.map { seed throws(RunError) -> SeedTraces in
                guard let traces = seed.traces else { throw RunError("'\(model.label)' has no training traces; rebuild with --no-cache") }
                return traces
            }
            switch name {
            case "maxGradNorm": return .sample(traces.map(\.maxGradientNorm))
            case "clippedFraction": return .sample(traces.map(\.clippedFraction))
            default:
                guard case .word(let gate)? = labelled("gate")?.kind else { throw RunError("saturation needs gate:") }
                let moment = labelled("when").flatMap { if case .word(let w) = $0.kind { w } else { nil } } ?? "trained"
                return .sample(try traces.map { run throws(RunError) in
                    guard let series = run.saturation[gate], let value = moment == "init" ? series.first : series.last else {
                        throw RunError("'\(model.label)' has no \(gate) gate")
                    }
                    return value
                })
            }
        case "gradient", "ordersLost":
            let moment = labelled("when").flatMap { if case .word(let w) = $0.kind { w } else { nil } } ?? "init"
            let runs = try gradientRuns(positional.first, moment: moment)
            if name == "gradient" {
                guard case .number(let step)? = labelled("step")?.kind else { throw RunError("gradient needs step:") }
                let t = Int(step) - 1
                return .sample(try runs.map { run throws(RunError) in
                    guard run.indices.contains(t) else { throw RunError("step \(Int(step)) is beyond the sequence's \(run.count) steps") }
                    return run[t]
                })
            }
            return .sample(runs.map { run in
                guard let first = run.first, let last = run.last, last > 0 else { return .nan }
                guard first > 0 else { return .infinity }
                return Elementary.log(last / first) / Elementary.log(10)
            })
        case "correlation":
            guard let activations = context.activations else { throw RunError("no activations results") }
            guard case .word(let feature)? = positional.first?.kind else { throw RunError("correlation needs a feature") }
            let rank = labelled("rank").flatMap { if case .number(let n) = $0.kind { Int(n) } else { nil } } ?? 1
            guard let correlations = activations.correlations?[feature] else {
                throw RunError("the activations have no feature '\(feature)'")
            }
            let ranked = correlations.map(abs).sorted(by: >)
            guard ranked.indices.contains(rank - 1) else { throw RunError("rank \(rank) is beyond the \(ranked.count) units") }
            return .number(ranked[rank - 1])
        case "predictionError", "freeRunError":
            guard let prediction = context.prediction else { throw RunError("no prediction results") }
            let start = name == "freeRunError" ? (prediction.freeRunStart ?? prediction.target.count) : 0
            let pairs = Array(zip(prediction.target, prediction.prediction).dropFirst(start))
            guard !pairs.isEmpty else { return .number(.nan) }
            var sum = 0.0
            for (target, predicted) in pairs { sum += (predicted - target) * (predicted - target) }
            return .number(sum / Double(pairs.count))
        case "median", "q1", "q3", "mean", "min", "max":
            guard let argument = positional.first else { throw RunError("\(name) needs a sample") }
            let values = try evaluate(argument).sample
            switch name {
            case "median": return .number(SeedSample.median(values))
            case "q1": return .number(SeedSample.lowerQuartile(values))
            case "q3": return .number(SeedSample.upperQuartile(values))
            case "mean": return .number(SeedSample.mean(values))
            case "min": return .number(values.min() ?? .nan)
            default: return .number(values.max() ?? .nan)
            }
        case "abs", "log10":
            guard let argument = positional.first else { throw RunError("\(name) needs a number") }
            let x = try evaluate(argument).number
            return .number(name == "abs" ? abs(x) : (x > 0 ? Elementary.log(x) / Elementary.log(10) : .nan))
        case "less", "greater", "noDifference":
            guard positional.count == 2 else { throw RunError("\(name) compares two samples") }
            let a = try evaluate(positional[0]).sample, b = try evaluate(positional[1]).sample
            let level = labelled("level").flatMap { if case .number(let n) = $0.kind { n } else { nil } } ?? 0.05
            let alternative: RankSumTest.Alternative = name == "less" ? .less : name == "greater" ? .greater : .twoSided
            let p = RankSumTest.pValue(a, b, alternative: alternative)
            let text = "\(name)(\(positional[0].text), \(positional[1].text)): rank-sum test, \(name == "noDifference" ? "two-sided" : "one-sided"), \(ClaimFormat.pValue(p)) (level \(ClaimFormat.number(level)))"
            note(text)
            return .boolean(name == "noDifference" ? p >= level : p < level)
        default:
            throw RunError("unknown function '\(name)'")
        }
    }

    private func outcomes(_ argument: ClaimExpression?) throws(RunError) -> ModelOutcomes {
        guard let outcomes = context.experiment, let argument else { throw RunError("no experiment results") }
        switch ClaimModels.resolve(argument, among: outcomes.models.map(\.label), in: "experiment") {
        case .success(let index): return outcomes.models[index]
        case .failure(let diagnostic): throw RunError(diagnostic.message)
        }
    }

    private func gradientRuns(_ argument: ClaimExpression?, moment: String) throws(RunError) -> [[Double]] {
        guard let gradients = context.gradients, let argument else { throw RunError("no gradient-flow results") }
        let index: Int
        switch ClaimModels.resolve(argument, among: context.gradientLabels, in: "gradient-flow") {
        case .success(let found): index = found
        case .failure(let diagnostic): throw RunError(diagnostic.message)
        }
        let label = context.gradientLabels[index]
        guard let series = gradients.series.first(where: { $0.model == label && $0.moment == moment }) else {
            throw RunError("the gradient-flow figure has no '\(label)' \(moment == "init" ? "at initialisation" : "after training")")
        }
        return series.runs
    }

    private mutating func note(_ fact: String) {
        if !facts.contains(fact) { facts.append(fact) }
    }
}
