extension SequenceTask {
    /// The adding problem in the form of Arjovsky, Shah & Bengio (2016).
    ///
    /// Each step reads two channels: a value drawn from U[0, 1] and a marker
    /// (0 or 1). Exactly one marker falls in the first half [0, T/2) and one
    /// in the second [T/2, T); at the last step the model outputs the sum of
    /// the two marked values, scored by mean squared error.
    ///
    /// Baseline 1/6: a blind predictor outputs a constant c; the target is
    /// S = U₁ + U₂ with U₁, U₂ independent U[0, 1], and E[(S − c)²] is least
    /// at c = E[S] = 1, where it equals Var S = Var U₁ + Var U₂ = 2 · 1/12.
    /// - Parameter length: the number of steps T, at least 2.
    public static func adding(length: Int) throws(EngineError) -> SequenceTask {
        guard length >= 2 else {
            throw .invalidParameter("adding(length:) needs length ≥ 2 (one marker in each half), got \(length)")
        }
        return SequenceTask(
            kind: .adding(length: length), steps: length, inputSize: 2,
            loss: .meanSquaredError(outputs: 1, .lastStep), baseline: 1.0 / 6.0,
            inputSymbols: nil, classLabels: nil)
    }

    static func addingExample(length: Int, using g: inout SeededGenerator) -> Example {
        let half = length / 2
        let first = g.below(half)
        let second = half + g.below(length - half)
        var inputs = [Double](repeating: 0, count: 2 * length)
        for t in 0..<length { inputs[2 * t] = g.nextUnit() }
        inputs[2 * first + 1] = 1
        inputs[2 * second + 1] = 1
        var values = [Double](repeating: 0, count: length)
        values[length - 1] = inputs[2 * first] + inputs[2 * second]
        var mask = [Bool](repeating: false, count: length)
        mask[length - 1] = true
        return Example(inputs: inputs, values: values, mask: mask)
    }
}
