/// Options of claim and outcomes.
enum ClaimCheckers {
    static func claim(_ options: Entries, _ d: DiagnosticCollector) -> ClaimDirective? {
        var sources: [ClaimSource: NameReference] = [:]
        var ok = true
        for source in ClaimSource.allCases where options.value(source.rawValue) != nil {
            let reference = d.read(options, source.rawValue, default: NameReference?.none) {
                d.reference($0, source.rawValue).map { .some($0) }
            }
            if let reference, let reference { sources[source] = reference } else { ok = false }
        }
        let holds = d.read(options, required: "holds", example: "median(steps(\"bias 3\")) < median(steps(\"bias 0\"))") { value -> ClaimExpression? in
            guard case .expression(let expression) = value.kind else {
                d.error(value.range, "expected a claim expression", hint: ClaimParser.hint)
                return nil
            }
            return expression
        }
        let test = d.read(options, "test", default: ClaimTest?.none) { claimTest($0, d).map { .some($0) } }
        guard ok, let holds, let test else { return nil }
        if sources.isEmpty {
            d.error(options.ownerRange, "a claim needs a result to read",
                    hint: "name it with ':experiment: name' (or :gradients:, :activations:, :prediction:)")
            return nil
        }
        var checker = ClaimTypeChecker(sources: Set(sources.keys))
        let type = checker.type(of: holds)
        for diagnostic in checker.diagnostics { d.append(diagnostic) }
        guard let type else { return nil }
        guard type == .boolean else {
            d.error(holds.range, "a claim must be a condition, but '\(holds.text)' is \(ClaimTypeChecker.noun(type))",
                    hint: "compare it: \(holds.text) < …")
            return nil
        }
        if let test, ClaimTests.testedComparisons(in: holds).isEmpty {
            d.error(options.range("test"), "':test: \(test.canonicalForm)' has nothing to test",
                    hint: "a test applies to comparisons of two summarised samples, e.g. median(steps(\"a\")) < median(steps(\"b\"))")
            return nil
        }
        return ClaimDirective(sources: sources, holds: holds, test: test)
    }

    /// `rankSum(level: 0.05)`.
    static func claimTest(_ value: Value, _ d: DiagnosticCollector) -> ClaimTest? {
        guard let call = d.call(value, "test", known: ["rankSum"], example: "rankSum(level: 0.05)") else { return nil }
        let args = d.arguments(of: call, labels: ["level"], positional: "level")
        guard let level = d.read(args, "level", default: 0.05, { d.number($0, "level", in: 0.0001...0.5) }) else { return nil }
        return .rankSum(level: level)
    }

    static func outcomes(_ options: Entries, _ d: DiagnosticCollector) -> OutcomesDirective? {
        let experiment = d.read(options, required: "experiment", example: "forget-bias") { d.reference($0, "experiment") }
        return experiment.map { OutcomesDirective(experiment: $0) }
    }
}

/// Which comparisons of a claim a `:test:` applies to.
public enum ClaimTests {
    /// A comparison whose sides each summarise one sample, possibly scaled: `median(steps("a")) < 0.8 * median(steps("b"))`.
    public struct TestedComparison: Hashable, Sendable {
        public var comparison: ClaimExpression
        public var op: ClaimOperator
        public var lhs: (scale: Double, sample: ClaimExpression)
        public var rhs: (scale: Double, sample: ClaimExpression)

        public static func == (a: Self, b: Self) -> Bool { a.comparison == b.comparison }
        public func hash(into hasher: inout Hasher) { hasher.combine(comparison) }
    }

    static let summaries: Set<String> = ["median", "q1", "q3", "mean", "min", "max"]

    /// Every comparison in `expression` that a test across seeds can check.
    public static func testedComparisons(in expression: ClaimExpression) -> [TestedComparison] {
        switch expression.kind {
        case .binary(let op, let lhs, let rhs) where op.isComparison && op != .equal && op != .notEqual:
            guard let l = summarised(lhs), let r = summarised(rhs) else { return [] }
            return [TestedComparison(comparison: expression, op: op, lhs: l, rhs: r)]
        case .binary(let op, let lhs, let rhs) where op == .and || op == .or:
            return testedComparisons(in: lhs) + testedComparisons(in: rhs)
        case .not(let inner):
            return testedComparisons(in: inner)
        default:
            return []
        }
    }

    /// `k * summary(sample)`, `summary(sample) * k` or `summary(sample)`.
    static func summarised(_ expression: ClaimExpression) -> (scale: Double, sample: ClaimExpression)? {
        switch expression.kind {
        case .call(let name, let arguments) where summaries.contains(name) && arguments.count == 1:
            return (1, arguments[0].value)
        case .binary(.times, let a, let b):
            if case .number(let k) = a.kind, let inner = summarised(b) { return (k * inner.scale, inner.sample) }
            if case .number(let k) = b.kind, let inner = summarised(a) { return (k * inner.scale, inner.sample) }
            return nil
        default:
            return nil
        }
    }
}
