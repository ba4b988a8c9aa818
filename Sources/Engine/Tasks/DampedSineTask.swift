extension SequenceTask {
    /// Next-value prediction on a damped sine.
    ///
    /// Sequence values are x(i) = 0.5 + 0.5·sin(2π(i + φ)/period)·exp(−decay·i)
    /// for i = 0…T, with a phase φ drawn from U[0, period) per sequence so that
    /// sequences differ. The model reads x(t) and predicts x(t + 1) at every
    /// step; mean squared error.
    ///
    /// Baseline: the best constant prediction. Over a uniform phase the sine
    /// averages to 0 and its square to ½, so every target has mean 0.5 and
    /// variance 0.125·exp(−2·decay·(t + 1)); predicting 0.5 is the best
    /// constant and scores the mean of these variances over the T steps
    /// (0.125 without decay). "Repeat the last value" is a stronger blind
    /// rule at long periods but is not a constant predictor.
    /// - Parameters:
    ///   - length: the number of steps T, at least 1.
    ///   - period: the period in steps, positive.
    ///   - decay: the damping rate per step, ≥ 0.
    public static func dampedSine(length: Int, period: Double, decay: Double) throws(EngineError) -> SequenceTask {
        try dampedSine(length: length, periods: period...period, decay: decay)
    }

    /// The damped sine with a period drawn per sequence, uniformly from `periods`, before
    /// its phase: a linear recurrence fitted to all sequences then fits none exactly.
    /// A single period draws nothing extra, so its sequences are those of
    /// `dampedSine(length:period:decay:)`. The baseline does not depend on the period.
    public static func dampedSine(length: Int, periods: ClosedRange<Double>, decay: Double) throws(EngineError) -> SequenceTask {
        guard length >= 1 else { throw .invalidParameter("dampedSine(length:) needs length ≥ 1, got \(length)") }
        guard periods.lowerBound.isFinite, periods.upperBound.isFinite, periods.lowerBound > 0 else {
            throw .invalidParameter("dampedSine(period:) needs a positive period, got \(periods)")
        }
        guard decay.isFinite, decay >= 0 else {
            throw .invalidParameter("dampedSine(decay:) needs decay ≥ 0, got \(decay)")
        }
        var sum = 0.0
        for t in 0..<length { sum += 0.125 * Elementary.exp(-2 * decay * Double(t + 1)) }
        return SequenceTask(
            kind: .dampedSine(length: length, period: periods, decay: decay), steps: length, inputSize: 1,
            loss: .meanSquaredError(outputs: 1, .everyStep), baseline: sum / Double(length),
            inputSymbols: nil, classLabels: nil)
    }

    static func dampedSineExample(
        length: Int, periods: ClosedRange<Double>, decay: Double, using g: inout SeededGenerator
    ) -> Example {
        var period = periods.lowerBound
        if periods.upperBound > periods.lowerBound {
            period += (periods.upperBound - periods.lowerBound) * g.nextUnit()
        }
        let phase = period * g.nextUnit()
        let series = (0...length).map { i in
            let angle = 2 * Double.pi * (Double(i) + phase) / period
            return 0.5 + 0.5 * Elementary.sin(angle) * Elementary.exp(-decay * Double(i))
        }
        return Example(
            inputs: Array(series[0..<length]), values: Array(series[1...length]),
            mask: Array(repeating: true, count: length))
    }
}
