extension SequenceTask {
    /// Input symbols of the temporal order task: start, trigger, the two
    /// relevant symbols and four distractors.
    static let temporalOrderSymbols = ["E", "B", "X", "Y", "a", "b", "c", "d"]
    /// The four classes, by the order of the relevant symbols.
    static let temporalOrderClasses = ["XX", "XY", "YX", "YY"]

    /// Temporal order, experiment 6a of Hochreiter & Schmidhuber (1997).
    ///
    /// A sequence starts with `E`, ends with the trigger `B`, and is otherwise
    /// made of distractors `a`–`d` except at two positions t₁ < t₂ holding `X`
    /// or `Y`. At the last step the model names the order: XX, XY, YX or YY
    /// (cross-entropy over 4 classes). The paper draws t₁ in [10, 20] and t₂
    /// in [50, 60] for length 100; here the windows scale with T:
    /// t₁ ∈ [T/10, T/5] and t₂ ∈ [T/2, 3T/5] (kept inside 1…T − 2).
    ///
    /// Baseline ln 4: the four classes are equally likely and independent
    /// of anything a blind predictor sees.
    /// - Parameter length: the number of steps T, at least 4.
    public static func temporalOrder(length: Int) throws(EngineError) -> SequenceTask {
        guard length >= 4 else {
            throw .invalidParameter("temporalOrder(length:) needs length ≥ 4, got \(length)")
        }
        return SequenceTask(
            kind: .temporalOrder(length: length), steps: length,
            inputSize: temporalOrderSymbols.count,
            loss: .crossEntropy(classes: 4, .lastStep), baseline: Elementary.log(4.0),
            inputSymbols: temporalOrderSymbols, classLabels: temporalOrderClasses)
    }

    /// The windows t₁ and t₂ are drawn from, inclusive.
    static func temporalOrderWindows(length t: Int) -> (ClosedRange<Int>, ClosedRange<Int>) {
        let low1 = max(1, t / 10)
        let high1 = min(max(low1, t / 5), t - 3)
        let low2 = max(high1 + 1, t / 2)
        let high2 = min(t - 2, max(low2, 3 * t / 5))
        return (low1...high1, low2...high2)
    }

    static func temporalOrderExample(length: Int, using g: inout SeededGenerator) -> Example {
        let (window1, window2) = temporalOrderWindows(length: length)
        let t1 = window1.lowerBound + g.below(window1.count)
        let t2 = window2.lowerBound + g.below(window2.count)
        var symbols = (0..<length).map { _ in 4 + g.below(4) }
        let first = g.below(2), second = g.below(2)  // 0 = X, 1 = Y
        symbols[0] = 0
        symbols[length - 1] = 1
        symbols[t1] = 2 + first
        symbols[t2] = 2 + second
        return temporalOrderExample(symbols: symbols, label: 2 * first + second)
    }

    static func temporalOrderExample(symbols: [Int], label: Int) -> Example {
        let length = symbols.count
        var classes = [Int](repeating: 0, count: length)
        classes[length - 1] = label
        var mask = [Bool](repeating: false, count: length)
        mask[length - 1] = true
        let inputs = symbols.flatMap { oneHot($0, temporalOrderSymbols.count) }
        return Example(inputs: inputs, classes: classes, mask: mask)
    }
}
