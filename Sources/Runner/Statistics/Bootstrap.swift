/// A range of values from `lower` to `upper`, either of which may be infinite.
///
/// Not a `ClosedRange`: that traps on NaN bounds, and an empty sample has no
/// interval to give.
public struct Interval: Equatable, Sendable {
    /// The lower end.
    public var lower: Double
    /// The upper end; `+infinity` when censored seeds reach into the interval.
    public var upper: Double

    /// An interval from `lower` to `upper`.
    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// Whether `value` lies between the ends, both included.
    public func contains(_ value: Double) -> Bool {
        lower <= value && value <= upper
    }
}

/// Percentile bootstrap intervals over seeds.
public enum Bootstrap {
    /// A percentile bootstrap interval of `statistic` (default: median), from
    /// `resamples` resamples drawn with a generator seeded by `seed` — the same
    /// bits on every machine.
    ///
    /// Each resample draws `values.count` values with replacement; the ends are
    /// the type-7 quantiles at `(1 − level)/2` and `(1 + level)/2` of the
    /// resampled statistics (a NaN statistic counts as `+infinity`).
    /// - Parameters:
    ///   - level: the coverage, clamped to `[0, 1]`.
    ///   - resamples: how many resamples; fewer than one gives NaN ends.
    /// - Returns: NaN ends for an empty sample.
    public static func interval(_ values: [Double], level: Double = 0.95, resamples: Int = 2000, seed: UInt64,
                                statistic: ([Double]) -> Double = SeedSample.median) -> Interval {
        guard !values.isEmpty, resamples >= 1, !level.isNaN else { return Interval(lower: .nan, upper: .nan) }
        let sample = SeedSample.censored(values)
        var generator = StatisticsGenerator(seed: seed)
        var resample = sample
        var statistics: [Double] = []
        statistics.reserveCapacity(resamples)
        for _ in 0..<resamples {
            for i in resample.indices {
                resample[i] = sample[generator.next(below: sample.count)]
            }
            statistics.append(statistic(resample))
        }
        let tail = (1 - min(max(level, 0), 1)) / 2
        return Interval(lower: SeedSample.quantile(statistics, tail),
                        upper: SeedSample.quantile(statistics, 1 - tail))
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): tiny, seedable and defined to the
/// bit, so resamples are the same on every machine and Swift version — which
/// neither the system generator nor the standard library's `random(in:)`
/// promises.
struct StatisticsGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (`bound > 0`), by Lemire's
    /// multiply-and-reject so that no index is favoured.
    mutating func next(below bound: Int) -> Int {
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        // Only a low word below `range` can fall under the rejection threshold
        // (2^64 mod range), so the division is rarely needed.
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold {
                product = next().multipliedFullWidth(by: range)
            }
        }
        return Int(product.high)
    }
}

extension StatisticsGenerator {
    /// Moves a uniformly random choice of `count` elements, in random order,
    /// to the front of `array` (the first `count` steps of Fisher–Yates).
    ///
    /// Not generic: unspecialised across files (debug builds) it ran 20 times slower.
    mutating func shuffleFront(_ count: Int, of array: inout [Int]) {
        for i in 0..<min(count, array.count) {
            let j = i + next(below: array.count - i)
            array.swapAt(i, j)
        }
    }
}
