/// A baseline fitted to a task's training sequences: the least-squares coefficients
/// of an autoregressive model (one fit per order it uses), or nothing for persistence.
public struct FittedBaseline: Sendable, Hashable {
    public let baseline: Baseline
    /// For `autoregressive(order: k)`, the fit of order j at index j − 1:
    /// [c, a₁, …, a_j] with x̂(t + 1) = c + a₁·x(t) + … + a_j·x(t − j + 1).
    /// For `unigram`, one row of V probabilities; for `bigram`, V rows (the previous
    /// character) of V probabilities (the next). Empty for persistence.
    public let fits: [[Double]]

    /// The numbers fitted.
    public var parameterCount: Int { fits.reduce(0) { $0 + $1.count } }

    /// Sequences of the training stream a fit reads.
    public static let fitSequences = 256

    /// Fits `baseline` on the first ``fitSequences`` sequences of the seed's training
    /// stream (the data the networks train on first), in Double.
    public static func fit(_ baseline: Baseline, task: SequenceTask, seed: UInt64) throws(EngineError) -> FittedBaseline {
        try baseline.validate(for: task.kind)
        if baseline.readsText { return FittedBaseline(baseline: baseline, fits: characterModel(baseline, task.sourceIndices, task.inputSize)) }
        guard case .autoregressive(let order) = baseline else { return FittedBaseline(baseline: baseline, fits: []) }
        var generator = task.generator(seed: seed, split: .training)
        let batch: Batch<Double> = try task.batch(size: fitSequences, using: &generator)
        var systems = (1...order).map { LeastSquares(size: $0 + 1) }
        for series in Self.series(in: batch) {
            for t in 0..<(series.count - 1) {
                let j = min(order, t + 1)
                systems[j - 1].add(Self.regressors(series, through: t, order: j), series[t + 1])
            }
        }
        var fits: [[Double]] = []
        for (index, system) in systems.enumerated() {
            guard let fit = system.solve() else {
                throw .invalidParameter("ar(order: \(order)): the order-\(index + 1) least-squares fit has no solution")
            }
            fits.append(fit)
        }
        return FittedBaseline(baseline: baseline, fits: fits)
    }

    /// The character frequencies of the whole text (unigram), or for each previous character
    /// the next one's with add-one smoothing (bigram): counts of the text the task samples
    /// its windows from, in a fixed order.
    static func characterModel(_ baseline: Baseline, _ text: [Int], _ vocabulary: Int) -> [[Double]] {
        guard baseline == .bigram else {
            var counts = [Double](repeating: 0, count: vocabulary)
            for c in text { counts[c] += 1 }
            return [counts.map { $0 / Double(text.count) }]
        }
        var pairs = [[Double]](repeating: [Double](repeating: 0, count: vocabulary), count: vocabulary)
        for (previous, next) in zip(text, text.dropFirst()) { pairs[previous][next] += 1 }
        return pairs.map { row in
            var total = Double(vocabulary)
            for n in row { total += n }
            return row.map { ($0 + 1) / total }
        }
    }

    /// [1, x(t), x(t − 1), …, x(t − j + 1)].
    static func regressors(_ series: [Double], through t: Int, order j: Int) -> [Double] {
        var row = [1.0]
        for lag in 0..<j { row.append(series[t - lag]) }
        return row
    }

    /// The prediction of the value after `series` (at least one value read).
    public func next(after series: [Double]) -> Double {
        guard let last = series.last else { return .nan }
        guard case .autoregressive(let order) = baseline else { return last }
        let j = min(order, series.count)
        let coefficients = fits[j - 1]
        let row = Self.regressors(series, through: series.count - 1, order: j)
        var sum = 0.0
        for i in 0..<row.count { sum += coefficients[i] * row[i] }
        return sum
    }

    /// The one-step predictions after each prefix of `series`: x̂(1) … x̂(n).
    public func predictions(reading series: [Double]) -> [Double] {
        (1...max(1, series.count)).map { next(after: Array(series.prefix($0))) }
    }

    /// Reads `prefix`, then `steps` more values, each fed its own previous prediction:
    /// the one-step predictions over the prefix followed by the free-running ones.
    public func run(reading prefix: [Double], freeSteps steps: Int) -> [Double] {
        var series = prefix
        var out = predictions(reading: prefix)
        for _ in 0..<steps {
            guard let predicted = out.last else { break }
            series.append(predicted)
            out.append(next(after: series))
        }
        return out
    }

    /// The held-out loss over a batch's marked steps, as the networks': mean squared error for
    /// values, cross-entropy in nats for characters (with the fraction predicted right).
    public func evaluate<Scalar: EngineScalar>(on batch: Batch<Scalar>) -> (loss: Double, accuracy: Double?) {
        guard case .classes(let classes) = batch.targets else { return (loss(on: batch), nil) }
        let (B, V) = (batch.batchSize, batch.inputSize)
        var sum = 0.0, count = 0, correct = 0
        for row in 0..<(batch.steps * B) where batch.mask[row] {
            var previous = 0
            for v in 0..<V where batch.inputs.values[row * V + v] > batch.inputs.values[row * V + previous] { previous = v }
            let p = baseline == .bigram ? fits[previous] : fits[0]
            sum -= Elementary.log(p[classes[row]])
            var best = 0
            for v in 1..<max(V, 1) where p[v] > p[best] { best = v }
            if best == classes[row] { correct += 1 }
            count += 1
        }
        return count > 0 ? (sum / Double(count), Double(correct) / Double(count)) : (0, 0)
    }

    /// The mean squared error over a batch's marked steps (the networks' held-out loss).
    public func loss<Scalar: EngineScalar>(on batch: Batch<Scalar>) -> Double {
        var sum = 0.0, count = 0
        for (item, series) in Self.series(in: batch).enumerated() {
            for t in 0..<(series.count - 1) where batch.mask[t * batch.batchSize + item] {
                let error = next(after: Array(series[0...t])) - series[t + 1]
                sum += error * error
                count += 1
            }
        }
        return count > 0 ? sum / Double(count) : 0
    }

    /// Each sequence of a next-value batch as x(0) … x(T): the inputs, then the last target.
    static func series<Scalar: EngineScalar>(in batch: Batch<Scalar>) -> [[Double]] {
        guard case .values(let targets) = batch.targets else { return [] }
        let b = batch.batchSize, steps = batch.steps
        return (0..<b).map { item in
            var series = (0..<steps).map { t in Double(batch.inputs.values[t * b + item]) }
            series.append(Double(targets.values[(steps - 1) * b + item]))
            return series
        }
    }
}
