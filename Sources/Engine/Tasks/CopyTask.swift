extension SequenceTask {
    /// The input alphabet of the copy task: blank, eight data symbols, delimiter.
    static let copySymbols = ["-", "A", "B", "C", "D", "E", "F", "G", "H", ":"]

    /// The copy task of Arjovsky, Shah & Bengio (2016).
    ///
    /// The model reads `count` symbols from an alphabet of 8, then T − 1
    /// blanks, a delimiter and `count` more blanks (T + 2·count steps in all,
    /// one-hot over blank, A…H, delimiter), and must output blank for the
    /// first T + count steps and then the `count` symbols in order;
    /// cross-entropy over 9 classes (blank, A…H) at every step.
    ///
    /// Baseline count·ln 8/(T + 2·count), the paper's: the loss of a model
    /// that outputs blank until the delimiter and then guesses uniformly
    /// among the 8 symbols (ln 8 on `count` of the T + 2·count steps).
    /// - Parameters:
    ///   - length: T, the number of steps between the symbols and their
    ///     recall, at least 1.
    ///   - count: how many symbols to copy, at least 1.
    public static func copy(length: Int, count: Int = 10) throws(EngineError) -> SequenceTask {
        guard length >= 1 else { throw .invalidParameter("copy(length:) needs length ≥ 1, got \(length)") }
        guard count >= 1 else { throw .invalidParameter("copy(count:) needs count ≥ 1, got \(count)") }
        let steps = length + 2 * count
        return SequenceTask(
            kind: .copy(length: length, count: count), steps: steps, inputSize: copySymbols.count,
            loss: .crossEntropy(classes: 9, .everyStep),
            baseline: Double(count) * Elementary.log(8.0) / Double(steps),
            inputSymbols: copySymbols, classLabels: Array(copySymbols.prefix(9)))
    }

    /// `count` data symbols, each 1…8.
    static func randomSymbols(_ count: Int, _ g: inout SeededGenerator) -> [Int] {
        (0..<count).map { _ in 1 + g.below(8) }
    }

    static func copyExample(symbols: [Int], delay: Int) -> Example {
        let count = symbols.count
        let steps = delay + 2 * count
        let size = copySymbols.count
        var inputs: [Double] = []
        inputs.reserveCapacity(steps * size)
        var classes = [Int](repeating: 0, count: steps)
        for t in 0..<steps {
            let symbol: Int
            if t < count {
                symbol = symbols[t]
            } else if t == count + delay - 1 {
                symbol = size - 1  // the delimiter
            } else {
                symbol = 0
            }
            inputs += oneHot(symbol, size)
            if t >= delay + count { classes[t] = symbols[t - delay - count] }
        }
        return Example(inputs: inputs, classes: classes, mask: Array(repeating: true, count: steps))
    }
}
