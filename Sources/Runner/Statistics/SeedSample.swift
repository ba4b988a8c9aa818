/// Summaries of one value per seed, where `+infinity` marks a censored seed
/// (the event never happened, e.g. a loss threshold never reached).
///
/// NaN is read as `+infinity`: a seed whose value could not be measured is
/// treated like one that never got there, rather than poisoning the order.
public enum SeedSample {
    /// The quantile at `p` by linear interpolation between order statistics
    /// (R's type 7, numpy's default).
    ///
    /// An interpolation that gives `+infinity` a positive weight is `+infinity`;
    /// one that lands exactly on a finite order statistic is that value, so a
    /// median of `[1, 2, ∞]` is 2 and of `[1, ∞, ∞]` is `+infinity`.
    /// - Parameter p: clamped to `[0, 1]`.
    /// - Returns: NaN for an empty sample or a NaN `p`.
    public static func quantile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty, !p.isNaN else { return .nan }
        let sorted = ordered(values)
        let position = Double(sorted.count - 1) * min(max(p, 0), 1)
        let lowIndex = Int(position)  // truncation is floor here: position >= 0
        let weight = position - Double(lowIndex)
        let low = sorted[lowIndex]
        guard weight > 0, lowIndex + 1 < sorted.count else { return low }
        let high = sorted[lowIndex + 1]
        if low == high { return low }
        // Both infinite and different means -∞ and +∞: no meaningful blend.
        if low.isInfinite && high.isInfinite { return .nan }
        if low.isInfinite { return low }
        if high.isInfinite { return high }
        return low + weight * (high - low)
    }

    /// The median (the type-7 quantile at 1/2).
    public static func median(_ values: [Double]) -> Double {
        quantile(values, 0.5)
    }

    /// The lower quartile (the type-7 quantile at 1/4).
    public static func lowerQuartile(_ values: [Double]) -> Double {
        quantile(values, 0.25)
    }

    /// The upper quartile (the type-7 quantile at 3/4).
    public static func upperQuartile(_ values: [Double]) -> Double {
        quantile(values, 0.75)
    }

    /// The arithmetic mean, summed in index order so the bits never depend
    /// on anything but the input.
    /// - Returns: `+infinity` if any value is censored; NaN for an empty sample.
    public static func mean(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        var sum = 0.0
        for value in values {
            if value.isNaN || value == .infinity { return .infinity }
            sum += value
        }
        return sum / Double(values.count)
    }

    /// The values in ascending order with NaN read as `+infinity`, which
    /// makes `<` a total order and keeps censored seeds at the top.
    static func ordered(_ values: [Double]) -> [Double] {
        censored(values).sorted()
    }

    /// The values with NaN replaced by `+infinity`.
    static func censored(_ values: [Double]) -> [Double] {
        values.map { $0.isNaN ? .infinity : $0 }
    }
}
