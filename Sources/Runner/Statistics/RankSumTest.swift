/// The Wilcoxon–Mann–Whitney rank-sum test between two models' seeds.
///
/// Works on censored samples: `+infinity` (never happened) ranks above every
/// finite value and ties with the other censored seeds, so no value has to be
/// invented for them. NaN is read as `+infinity`.
public enum RankSumTest {
    /// Which difference the test looks for.
    public enum Alternative: Sendable {
        /// Values of `a` tend to be smaller than those of `b`.
        case less
        /// Values of `a` tend to be larger than those of `b`.
        case greater
        /// Either way round.
        case twoSided
    }

    /// The exact p-value of the Wilcoxon–Mann–Whitney rank-sum test of `a`
    /// against `b`.
    ///
    /// Ties (including ties at `+infinity`, the censored seeds) get mid-ranks;
    /// the null distribution is the exact permutation distribution of the rank
    /// sum of `a` given those mid-ranks, counted by dynamic programming over
    /// doubled mid-ranks, so it is exact with ties. Two-sided is twice the
    /// smaller one-sided p-value, capped at 1.
    ///
    /// Exact whenever the count fits its budget, which it always does up to
    /// 100 values per side; past it, a Monte Carlo estimate from
    /// ``monteCarloResamples`` random splits with a fixed seed (the same bits
    /// on every run) rather than an unbounded table.
    /// - Returns: 1 when either sample is empty: there is no evidence either way.
    public static func pValue(_ a: [Double], _ b: [Double], alternative: Alternative) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 1 }
        let ranks = doubledMidRanks(SeedSample.censored(a) + SeedSample.censored(b))
        let observed = ranks[..<a.count].reduce(0, +)
        let tails: (atMost: Double, atLeast: Double)
        if let exact = exactTails(ranks: ranks, sizeOfA: a.count, observed: observed) {
            tails = exact
        } else {
            tails = monteCarloTails(ranks: ranks, sizeOfA: a.count, observed: observed)
        }
        switch alternative {
        case .less: return min(1, tails.atMost)
        case .greater: return min(1, tails.atLeast)
        case .twoSided: return min(1, 2 * min(tails.atMost, tails.atLeast))
        }
    }

    /// The U statistic of `a`: the number of pairs with the value from `a`
    /// smaller than the one from `b`, plus half the tied pairs.
    ///
    /// Divided by `a.count · b.count` it is the chance that a random seed of
    /// `a` beats a random seed of `b` — the effect size to quote beside the
    /// p-value.
    public static func u(_ a: [Double], _ b: [Double]) -> Double {
        let b = SeedSample.censored(b)
        var pairs = 0
        var ties = 0
        for x in SeedSample.censored(a) {
            for y in b {
                if x < y { pairs += 1 } else if x == y { ties += 1 }
            }
        }
        return Double(pairs) + Double(ties) / 2
    }

    /// How many random splits estimate the p-value of samples too large to count.
    public static let monteCarloResamples = 100_000

    /// The largest table (in counts) the exact method may build: about 16 MB.
    static let tableBudget = 2_000_000

    /// Twice the mid-rank of each value, in input order (1-based ranks), which
    /// is an integer even where the mid-rank ends in ½.
    static func doubledMidRanks(_ values: [Double]) -> [Int] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Int](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            // Positions start…end (0-based) share the mid-rank ((start+1)+(end+1))/2.
            for position in start...end { ranks[order[position]] = start + end + 2 }
            start = end + 1
        }
        return ranks
    }

    /// The exact null probabilities P(W ≤ observed) and P(W ≥ observed) of the
    /// doubled rank sum W of `sizeOfA` values drawn without replacement from
    /// `ranks`, or nil when the table would exceed ``tableBudget``.
    static func exactTails(ranks: [Int], sizeOfA: Int, observed: Int) -> (atMost: Double, atLeast: Double)? {
        // Count subsets of the smaller side: the other side's sum is the rest.
        let total = ranks.reduce(0, +)
        let smallIsA = sizeOfA <= ranks.count - sizeOfA
        let size = smallIsA ? sizeOfA : ranks.count - sizeOfA
        guard let counts = SubsetSumCounts(ranks: ranks, size: size, budget: tableBudget) else { return nil }
        let small = smallIsA ? observed : total - observed
        let below = counts.fraction(atMost: small)
        let above = counts.fraction(atLeast: small)
        return smallIsA ? (below, above) : (above, below)
    }

    /// P(W ≤ observed) and P(W ≥ observed) estimated from random splits, each
    /// counting the observed split too so that the estimate is a valid p-value.
    static func monteCarloTails(ranks: [Int], sizeOfA: Int, observed: Int,
                                resamples: Int = monteCarloResamples) -> (atMost: Double, atLeast: Double) {
        var generator = StatisticsGenerator(seed: 0x5EED_0F_5EED)
        var pool = ranks
        var atMost = 1
        var atLeast = 1
        for _ in 0..<resamples {
            generator.shuffleFront(sizeOfA, of: &pool)
            let sum = pool[..<sizeOfA].reduce(0, +)
            if sum <= observed { atMost += 1 }
            if sum >= observed { atLeast += 1 }
        }
        let splits = Double(resamples + 1)
        return (Double(atMost) / splits, Double(atLeast) / splits)
    }
}

/// How many `size`-element subsets of a multiset of integers have each sum.
///
/// Counts are Doubles: C(200, 100) overflows any integer, and p-values are
/// ratios that need relative precision only. Every loop runs in a fixed order,
/// so the bits are the same on every machine.
struct SubsetSumCounts {
    /// The count at `index` is of the subsets summing to `origin + step · index`.
    private let origin: Int
    private let step: Int
    private let counts: [Double]

    init?(ranks: [Int], size: Int, budget: Int) {
        let sorted = ranks.sorted()
        guard let smallest = sorted.first else { return nil }
        // Shift so the smallest is 0 and divide out the common step: without
        // ties doubled ranks are 2, 4, 6, …, which halves the table. All
        // equal (a gcd of 0) leaves every value 0 whatever the step.
        let step = max(1, sorted.reduce(0) { greatestCommonDivisor($0, $1 - smallest) })
        let values = sorted.map { ($0 - smallest) / step }
        let n = values.count

        // Row j holds the sums of j chosen values, between the j smallest and
        // the j largest: `lowest[j]…highest[j]`, stored from `rowStart[j]`.
        var lowest = [Int](repeating: 0, count: size + 1)
        var highest = [Int](repeating: 0, count: size + 1)
        var rowStart = [Int](repeating: 0, count: size + 2)
        for j in 0...size {
            if j > 0 {
                lowest[j] = lowest[j - 1] + values[j - 1]
                highest[j] = highest[j - 1] + values[n - j]
            }
            rowStart[j + 1] = rowStart[j] + highest[j] - lowest[j] + 1
            if rowStart[j + 1] > budget { return nil }
        }
        var table = [Double](repeating: 0, count: rowStart[size + 1])
        table[0] = 1

        // Add values in ascending order, so after t of them the largest sum
        // of j is the last j added (`reached[j]`), bounding the inner loop.
        var reached = [Int](repeating: 0, count: size + 1)
        for (t, value) in values.enumerated() {
            // Rows below `size − (values left)` can no longer grow into a full
            // subset, so they are not worth updating.
            let firstRow = max(1, size - (n - t - 1))
            var j = min(t + 1, size)
            while j >= firstRow {
                // Descending j reads row j − 1 before this value updates it.
                let from = rowStart[j - 1] - lowest[j - 1]
                let into = rowStart[j] - lowest[j] + value
                for sum in lowest[j - 1]...reached[j - 1] {
                    table[into + sum] += table[from + sum]
                }
                reached[j] = reached[j - 1] + value
                j -= 1
            }
        }
        origin = size * smallest + step * lowest[size]
        self.step = step
        counts = Array(table[rowStart[size]..<rowStart[size + 1]])
    }

    /// The share of subsets whose sum is at most `sum`.
    func fraction(atMost sum: Int) -> Double {
        let last = index(sum, roundingUp: false)
        return share { $0 <= last }
    }

    /// The share of subsets whose sum is at least `sum`.
    func fraction(atLeast sum: Int) -> Double {
        let first = index(sum, roundingUp: true)
        return share { $0 >= first }
    }

    private func index(_ sum: Int, roundingUp: Bool) -> Int {
        let offset = sum - origin
        let floor = offset >= 0 ? offset / step : -((-offset + step - 1) / step)
        return roundingUp && floor * step != offset ? floor + 1 : floor
    }

    /// The summed counts at the indices `included` picks, over all counts.
    private func share(_ included: (Int) -> Bool) -> Double {
        var part = 0.0
        var all = 0.0
        for (i, count) in counts.enumerated() {
            all += count
            if included(i) { part += count }
        }
        return all > 0 ? part / all : 1
    }
}

private func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
    var (a, b) = (abs(a), abs(b))
    while b != 0 { (a, b) = (b, a % b) }
    return a
}
