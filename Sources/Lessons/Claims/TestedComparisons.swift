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
