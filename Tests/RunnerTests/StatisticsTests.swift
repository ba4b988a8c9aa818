import Testing
@testable import Runner

// Reference values: numpy's default (type 7) quantiles, and exact conditional
// rank-sum and permutation p-values by brute-force enumeration of every split
// in Python (scipy's `rankdata` for mid-ranks; `mannwhitneyu(method="exact")`
// where there are no ties). The medium rank-sum case, too big to enumerate,
// comes from a vectorised float64 count over doubled mid-ranks in numpy.

private let inf = Double.infinity

/// Whether `actual` is within a relative `tolerance` of `expected`.
private func close(_ actual: Double, _ expected: Double, tolerance: Double = 1e-12) -> Bool {
    abs(actual - expected) <= tolerance * max(abs(expected), Double.leastNormalMagnitude)
}

@Suite struct SeedSampleTests {
    @Test func quantilesInterpolateLikeNumpy() {
        let values: [Double] = [4, 2, 3, 1]
        #expect([0, 0.25, 0.5, 0.75, 1].map { SeedSample.quantile(values, $0) } == [1, 1.75, 2.5, 3.25, 4])
        #expect(close(SeedSample.quantile([7, 1, 3.5, 10, 2.25], 0.3), 2.5))
        #expect(close(SeedSample.quantile([7, 1, 3.5, 10, 2.25], 0.9), 8.8))
    }

    @Test func censoredSeedsCountOnlyWithPositiveWeight() {
        #expect(SeedSample.median([1, inf, inf]) == inf)
        #expect(SeedSample.median([1, 2, inf]) == 2)
        #expect(SeedSample.median([1, inf]) == inf)
        #expect(SeedSample.lowerQuartile([1, 2, 3, inf]) == 1.75)
        #expect(SeedSample.upperQuartile([1, 2, 3, inf]) == inf)
        #expect(SeedSample.upperQuartile([1, 2, 3, 4, inf]) == 4)
    }

    @Test func nanCountsAsCensored() {
        #expect(SeedSample.median([.nan, 1, 2]) == 2)
        #expect(SeedSample.upperQuartile([.nan, .nan, 1]) == inf)
        #expect(SeedSample.mean([1, .nan]) == inf)
    }

    @Test func emptySamplesHaveNoSummary() {
        #expect(SeedSample.median([]).isNaN)
        #expect(SeedSample.mean([]).isNaN)
        #expect(SeedSample.quantile([1, 2], .nan).isNaN)
    }

    @Test func meanIsInfiniteWithACensoredSeed() {
        #expect(SeedSample.mean([1, 2, 4]) == 7.0 / 3.0)
        #expect(SeedSample.mean([1, inf, 3]) == inf)
    }
}

@Suite struct RankSumTestTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var a: [Double]
        var b: [Double]
        /// p-values for `.less`, `.greater`, `.twoSided`.
        var expected: [Double]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "separated", a: [1, 2, 3], b: [4, 5, 6], expected: [0.05, 1.0, 0.1]),
        Case(name: "censored in both", a: [3, 5, inf, inf], b: [4, 6, 7, inf, inf, inf],
             expected: [0.35714285714285715, 0.7142857142857143, 0.7142857142857143]),
        Case(name: "a all censored", a: [inf, inf, inf], b: [1, 2, 3, inf],
             expected: [1.0, 0.11428571428571428, 0.22857142857142856]),
        Case(name: "finite ties", a: [1, 2, 2, 3, 5, 5], b: [2, 3, 4, 5, 6, 6, 7],
             expected: [0.054778554778554776, 0.9627039627039627, 0.10955710955710955]),
        Case(name: "steps to threshold", a: [120, 340, inf, 95, 210, inf, 180, 400, inf, 150],
             b: [300, 410, inf, inf, 380, 290, inf, inf, 500, 350],
             expected: [0.06701812119768775, 0.94276234601312, 0.1340362423953755]),
        Case(name: "no ties, scipy exact",
             a: [0.31, 0.12, 0.55, 0.47, 0.09, 0.28, 0.61, 0.33, 0.18, 0.40],
             b: [0.52, 0.71, 0.45, 0.66, 0.38, 0.80, 0.59, 0.73, 0.49, 0.91, 0.64, 0.57],
             expected: [0.0005644510288473137, 0.9995840073239455, 0.0011289020576946275]),
        Case(name: "medium, censored",
             a: (0..<25).map { Double((7 * $0) % 23) } + [inf, inf, inf],
             b: (0..<30).map { Double((5 * $0) % 19 + 4) } + Array(repeating: inf, count: 8),
             expected: [0.053153827110451954, 0.9475544198375493, 0.10630765422090391]),
    ]

    @Test(arguments: cases)
    func exactPValues(_ c: Case) {
        let alternatives: [RankSumTest.Alternative] = [.less, .greater, .twoSided]
        for (alternative, expected) in zip(alternatives, c.expected) {
            #expect(close(RankSumTest.pValue(c.a, c.b, alternative: alternative), expected),
                    "\(alternative)")
        }
    }

    @Test(arguments: cases)
    func swappingSidesSwapsTheAlternative(_ c: Case) {
        #expect(RankSumTest.pValue(c.a, c.b, alternative: .less) == RankSumTest.pValue(c.b, c.a, alternative: .greater))
        #expect(RankSumTest.pValue(c.a, c.b, alternative: .greater) == RankSumTest.pValue(c.b, c.a, alternative: .less))
        #expect(RankSumTest.pValue(c.a, c.b, alternative: .twoSided) == RankSumTest.pValue(c.b, c.a, alternative: .twoSided))
    }

    @Test func uCountsPairsWhereAIsSmaller() {
        #expect(RankSumTest.u([1, 2, 3], [4, 5, 6]) == 9)
        #expect(RankSumTest.u([4, 5, 6], [1, 2, 3]) == 0)
        // 6 + 5 pairs won outright, 6 tied pairs at +∞ count half.
        #expect(RankSumTest.u([3, 5, inf, inf], [4, 6, 7, inf, inf, inf]) == 14)
    }

    @Test func identicalSamplesShowNoDifference() {
        #expect(RankSumTest.pValue([inf, inf], [inf, inf, inf], alternative: .less) == 1)
        #expect(RankSumTest.pValue([2, 2], [2, 2], alternative: .twoSided) == 1)
    }

    @Test func emptySampleGivesNoEvidence() {
        #expect(RankSumTest.pValue([], [1, 2], alternative: .less) == 1)
        #expect(RankSumTest.pValue([1], [], alternative: .twoSided) == 1)
    }

    @Test func doubledMidRanksShareTies() {
        // Sorted: 1 | 5 5 | ∞ ∞ ∞ — mid-ranks 1, 2.5, 5.
        #expect(RankSumTest.doubledMidRanks([5, inf, 1, 5, inf, inf]) == [5, 10, 2, 5, 10, 10])
    }

    @Test func tooLargeATableFallsBackToDeterministicMonteCarlo() {
        let ranks = (1...400).map { 2 * $0 }
        #expect(RankSumTest.exactTails(ranks: ranks, sizeOfA: 200, observed: 0) == nil)
        let lowest = (1...200).reduce(0) { $0 + 2 * $1 }
        let tails = RankSumTest.monteCarloTails(ranks: ranks, sizeOfA: 200, observed: lowest, resamples: 500)
        // Only the observed split itself reaches the smallest possible sum.
        #expect(tails.atMost == 1.0 / 501)
        #expect(tails.atLeast == 1)
        #expect(tails == RankSumTest.monteCarloTails(ranks: ranks, sizeOfA: 200, observed: lowest, resamples: 500))
    }
}

@Suite struct BootstrapTests {
    static let sample: [Double] = [0.82, 0.41, 0.77, 0.35, 0.93, 0.58, 0.66, 0.12, 0.49, 0.71, 0.27, 0.88]

    @Test func sameSeedSameBits() {
        let first = Bootstrap.interval(Self.sample, seed: 11, statistic: SeedSample.mean)
        let second = Bootstrap.interval(Self.sample, seed: 11, statistic: SeedSample.mean)
        #expect(first.lower.bitPattern == second.lower.bitPattern)
        #expect(first.upper.bitPattern == second.upper.bitPattern)
    }

    @Test func differentSeedsDrawDifferentResamples() {
        let intervals = (1...4).map { Bootstrap.interval(Self.sample, resamples: 200, seed: $0, statistic: SeedSample.mean) }
        #expect(Set(intervals.map(\.lower)).count > 1)
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func intervalCoversTheSampleMedian(seed: UInt64) {
        let interval = Bootstrap.interval(Self.sample, seed: seed)
        #expect(interval.contains(SeedSample.median(Self.sample)))
        #expect(interval.lower < interval.upper)
        #expect(interval.lower >= 0.12 && interval.upper <= 0.93)
    }

    @Test func widerLevelGivesAWiderInterval() {
        let narrow = Bootstrap.interval(Self.sample, level: 0.5, seed: 5, statistic: SeedSample.mean)
        let wide = Bootstrap.interval(Self.sample, level: 0.99, seed: 5, statistic: SeedSample.mean)
        #expect(wide.lower < narrow.lower && narrow.upper < wide.upper)
    }

    @Test func censoredSeedsReachInfinity() {
        let interval = Bootstrap.interval([1, inf, inf, inf, inf], seed: 3)
        #expect(interval.lower == 1)
        #expect(interval.upper == inf)
    }

    @Test func emptySampleHasNoInterval() {
        let interval = Bootstrap.interval([], seed: 1)
        #expect(interval.lower.isNaN && interval.upper.isNaN)
    }

    @Test func generatorIsSplitMix64() {
        // First outputs of SplitMix64 seeded with 0 (Vigna's reference code).
        var generator = StatisticsGenerator(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    }
}

@Suite struct PermutationTestTests {
    @Test func exactOverAllSplits() {
        let a = [1.5, 2.0, 2.5, 4.0], b = [3.0, 3.5, 5.0, 6.0, 4.5]
        #expect(close(PermutationTest.pValue(a, b, alternative: .less), 0.031746031746031744))
        #expect(close(PermutationTest.pValue(a, b, alternative: .greater), 0.9841269841269841))
        #expect(close(PermutationTest.pValue(a, b, alternative: .twoSided), 0.06349206349206349))
    }

    @Test func equalInfiniteMeansTie() {
        // Splits of [1, ∞, ∞, 2]: four differences of 0 (∞ − ∞ included), one −∞, one +∞.
        #expect(PermutationTest.pValue([1, inf], [inf, 2], alternative: .less) == 5.0 / 6.0)
        #expect(PermutationTest.pValue([1, inf], [inf, 2], alternative: .twoSided) == 1)
    }

    @Test func randomSplitsPastTheLimitAreDeterministic() {
        let a = (0..<12).map { Double($0) }, b = (0..<12).map { Double($0) + 2.5 }
        #expect(PermutationTest.splitCount(24, choosing: 12, limit: PermutationTest.exactLimit) == nil)
        let first = PermutationTest.pValue(a, b, alternative: .less, seed: 9, resamples: 2000)
        let second = PermutationTest.pValue(a, b, alternative: .less, seed: 9, resamples: 2000)
        #expect(first == second)
        // A mean shift of 2.5 against a spread of ~3.6 per group: p near 0.05.
        #expect(first > 0.01 && first < 0.15)
    }

    @Test func splitCountIsTheBinomialCoefficient() {
        #expect(PermutationTest.splitCount(10, choosing: 5, limit: 1000) == 252)
        #expect(PermutationTest.splitCount(10, choosing: 5, limit: 251) == nil)
        #expect(PermutationTest.splitCount(200, choosing: 100, limit: .max) == nil)
    }
}
