extension ValueReader {
    /// Seeds as an integer, an array of integers or a range, all distinct.
    func seeds(_ value: Value) -> [Int]? {
        if case .range(let lower, let upper) = value.kind {
            guard let low = integer(lower, "seeds", in: Limits.seedValue),
                  let high = integer(upper, "seeds", in: Limits.seedValue) else { return nil }
            // Counted before anything is allocated: 1...100000000 must not build an array.
            guard high >= low else {
                error(value.range, "empty range \(low)...\(high)", hint: "write the smaller seed first: \(high)...\(low)")
                return nil
            }
            guard high - low + 1 <= Limits.seedCount.upperBound else {
                error(value.range, "\(high - low + 1) seeds are too many", hint: "'seeds' takes at most \(Limits.seedCount.upperBound) seeds")
                return nil
            }
            return Array(low...high)
        }
        guard let seeds = list(value, "seeds", count: Limits.seedCount, element: { integer($0, "seeds", in: Limits.seedValue) }) else {
            return nil
        }
        if case .array(let items) = value.kind, let duplicate = firstDuplicate(seeds) {
            error(items[duplicate].range, "seed \(seeds[duplicate]) is given twice", hint: "each seed trains the models once; remove the repeat")
            return nil
        }
        return seeds
    }
}
