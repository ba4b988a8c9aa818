/// A loss over the head's outputs and its gradient on them.
struct HeadLoss<Scalar: EngineScalar> {
    /// The mean loss over the selected positions (and outputs, for MSE).
    var total: Scalar
    /// ∂loss/∂y: (positions, O), zero at positions that do not count.
    var outputGradient: [Scalar]
    /// Cross-entropy only: the fraction of positions whose largest logit is the class.
    var accuracy: Double?

    /// The mean squared error over selected positions and outputs.
    static func meanSquaredError(_ y: [Scalar], target: [Scalar], _ rows: HeadRows, outputs O: Int) throws(EngineError) -> HeadLoss {
        let positions = rows.positions
        guard target.count == positions * O else {
            throw .shapeMismatch("targets hold \(target.count) values, the loss needs \(positions) positions × \(O) outputs")
        }
        var dy = [Scalar](repeating: 0, count: positions * O)
        var total: Scalar = 0
        let scale = rows.selected > 0 ? 2 / Scalar(rows.selected * O) : 0
        for p in 0..<positions where rows.counts(p) {
            for o in 0..<O {
                let e = y[p * O + o] - target[p * O + o]
                total += e * e
                dy[p * O + o] = scale * e
            }
        }
        total = rows.selected > 0 ? total / Scalar(rows.selected * O) : 0
        return HeadLoss(total: total, outputGradient: dy, accuracy: nil)
    }

    /// Softmax cross-entropy over selected positions, and the accuracy.
    static func crossEntropy(_ y: [Scalar], classes: [Int], _ rows: HeadRows, outputs O: Int) throws(EngineError) -> HeadLoss {
        let positions = rows.positions, selected = rows.selected
        guard classes.count == positions else {
            throw .shapeMismatch("targets hold \(classes.count) classes, the loss needs \(positions) positions")
        }
        if let bad = classes.first(where: { $0 < 0 || $0 >= O }) {
            throw .invalidParameter("class \(bad) is outside 0..<\(O)")
        }
        var dy = [Scalar](repeating: 0, count: positions * O)
        var total: Scalar = 0
        let scale = selected > 0 ? 1 / Scalar(selected) : 0
        var correct = 0
        for p in 0..<positions where rows.counts(p) {
            let row = p * O
            var m = y[row], best = 0
            for o in 1..<max(O, 1) where y[row + o] > m { m = y[row + o]; best = o }
            var sum: Scalar = 0
            for o in 0..<O { sum += Scalar.exp(y[row + o] - m) }
            let logSum = Scalar.log(sum)
            total += logSum - (y[row + classes[p]] - m)
            for o in 0..<O { dy[row + o] = scale * Scalar.exp(y[row + o] - m - logSum) }
            dy[row + classes[p]] -= scale
            if best == classes[p] { correct += 1 }
        }
        total = selected > 0 ? total / Scalar(selected) : 0
        let accuracy = selected > 0 ? Double(correct) / Double(selected) : 0
        return HeadLoss(total: total, outputGradient: dy, accuracy: accuracy)
    }
}
