/// A permutation test of a difference in a statistic (default: the mean)
/// between two models' seeds.
///
/// For censored samples (`+infinity` seeds) use ``RankSumTest``: a mean with
/// a censored seed is `+infinity`, and differences between infinities carry no
/// information. Here two equal statistics (`+infinity` against `+infinity`
/// included) differ by 0, a tie; NaN statistics are read as `+infinity`.
public enum PermutationTest {
    /// The most splits counted one by one; beyond it, random splits.
    public static let exactLimit = 200_000

    /// The permutation p-value of `statistic(a) − statistic(b)`: exact over
    /// all ways of splitting the pooled values into groups of `a`'s and `b`'s
    /// sizes when there are at most ``exactLimit`` of them, otherwise from
    /// `resamples` random splits drawn with a generator seeded by `seed`
    /// (deterministic; the observed split is counted once more so the estimate
    /// is never 0).
    ///
    /// `.less` counts splits whose difference is at most the observed one,
    /// `.greater` at least, each with a relative tolerance of 100 ulps so that
    /// a sum taken in another order still ties; `.twoSided` is twice the
    /// smaller, capped at 1, as in ``RankSumTest``.
    /// - Parameters:
    ///   - resamples: random splits when there are too many to count; at least 1 is drawn.
    /// - Returns: 1 when either sample is empty.
    public static func pValue(_ a: [Double], _ b: [Double], alternative: RankSumTest.Alternative,
                              seed: UInt64 = 1, resamples: Int = 20_000,
                              statistic: ([Double]) -> Double = SeedSample.mean) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 1 }
        let pooled = SeedSample.censored(a) + SeedSample.censored(b)
        let size = a.count
        let observed = difference(statistic(Array(pooled[..<size])), statistic(Array(pooled[size...])))
        let tolerance = observed.isFinite ? abs(observed) * 100 * Double.ulpOfOne : 0
        var atMost = 0
        var atLeast = 0
        let splits: Int
        func count(_ groupA: [Double], _ groupB: [Double]) {
            let value = difference(statistic(groupA), statistic(groupB))
            if value <= observed + tolerance { atMost += 1 }
            if value >= observed - tolerance { atLeast += 1 }
        }
        if let all = splitCount(pooled.count, choosing: size, limit: exactLimit) {
            splits = all
            forEachSplit(of: pooled, size: size, count)
        } else {
            var generator = StatisticsGenerator(seed: seed)
            var order = Array(pooled.indices)
            let draws = max(resamples, 1)
            for _ in 0..<draws {
                generator.shuffleFront(size, of: &order)
                count(order[..<size].map { pooled[$0] }, order[size...].map { pooled[$0] })
            }
            atMost += 1
            atLeast += 1
            splits = draws + 1
        }
        let less = Double(atMost) / Double(splits)
        let greater = Double(atLeast) / Double(splits)
        switch alternative {
        case .less: return min(1, less)
        case .greater: return min(1, greater)
        case .twoSided: return min(1, 2 * min(less, greater))
        }
    }

    /// `x − y`, except that equal values (two infinities among them) differ by
    /// 0 rather than NaN.
    static func difference(_ x: Double, _ y: Double) -> Double {
        let x = x.isNaN ? Double.infinity : x
        let y = y.isNaN ? Double.infinity : y
        return x == y ? 0 : x - y
    }

    /// C(n, k), or nil when it exceeds `limit`.
    static func splitCount(_ n: Int, choosing k: Int, limit: Int) -> Int? {
        guard k >= 0, k <= n else { return 0 }
        var result = 1
        for i in 0..<min(k, n - k) {
            // C(n, i+1) = C(n, i)·(n−i)/(i+1) is exact at every step.
            let (product, overflow) = result.multipliedReportingOverflow(by: n - i)
            if overflow { return nil }
            result = product / (i + 1)
            if result > limit { return nil }
        }
        return result
    }

    /// Calls `body` with every split of `pooled` into a group of `size`
    /// values and the rest, each group in pooled order, the chosen positions
    /// in lexicographic order.
    static func forEachSplit(of pooled: [Double], size: Int, _ body: ([Double], [Double]) -> Void) {
        var chosen = Array(0..<size)
        var groupA = [Double](repeating: 0, count: size)
        var groupB = [Double](repeating: 0, count: pooled.count - size)
        while true {
            var nextChosen = 0
            var nextOther = 0
            for (i, value) in pooled.enumerated() {
                if nextChosen < size && chosen[nextChosen] == i {
                    groupA[nextChosen] = value
                    nextChosen += 1
                } else {
                    groupB[nextOther] = value
                    nextOther += 1
                }
            }
            body(groupA, groupB)
            // Advance the rightmost position that still has room.
            var i = size - 1
            while i >= 0 && chosen[i] == pooled.count - size + i { i -= 1 }
            if i < 0 { return }
            chosen[i] += 1
            for j in (i + 1)..<size { chosen[j] = chosen[j - 1] + 1 }
        }
    }
}
