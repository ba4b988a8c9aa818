extension RecurrentModel {
    /// The head's loss on `pass`, with the gradients on the head and on the
    /// recurrent output.
    ///
    /// MSE is the mean over selected positions and outputs (PyTorch's
    /// `MSELoss()`); cross-entropy is the mean over selected positions of
    /// −log softmax(y)[class] computed as log Σ exp(y − max) − (y_c − max).
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public func loss(_ pass: ForwardPass<Scalar>, _ supervision: Supervision<Scalar>) throws(EngineError) -> LossEvaluation<Scalar> {
        guard let O = outputSize, let wt = parameters["head.weight"], let bt = parameters["head.bias"] else {
            throw .invalidParameter("the model has no head; give it an output size to compute a loss")
        }
        try checkCompatible(pass)
        guard wt.shape == [O, spec.hidden], bt.shape == [O] else {
            throw .shapeMismatch("head.weight \(wt.shape) and head.bias \(bt.shape) do not fit (\(O), \(spec.hidden))")
        }
        let rows = try HeadRows<Scalar>(supervision.steps, steps: pass.steps, batch: pass.batch, outputs: O, hidden: spec.hidden)
        let y = rows.forward(pass.output.values, weight: wt.values, bias: bt.values)
        let (total, dy, accuracy): (Scalar, [Scalar], Double?)
        switch supervision.target {
        case .values(let target): (total, dy, accuracy) = try rows.meanSquaredError(y, target)
        case .classes(let classes): (total, dy, accuracy) = try rows.crossEntropy(y, classes)
        }
        let (dW, dB, dOut) = rows.backward(pass.output.values, weight: wt.values, dy: dy)
        var headGradients = NamedTensors<Scalar>()
        headGradients["head.weight"] = try Tensor(shape: [O, rows.hidden], values: dW)
        headGradients["head.bias"] = try Tensor(shape: [O], values: dB)
        return LossEvaluation(
            loss: Double(total), accuracy: accuracy,
            predictions: try Tensor(shape: [rows.positions, O], values: y),
            outputGradient: try Tensor(shape: [pass.steps, pass.batch, rows.hidden], values: dOut),
            headGradients: headGradients)
    }
}

/// The positions a head's loss reads — every step, the last, or the masked ones — and the
/// head's pass over them: y = h Wᵀ + b forward, the loss and its gradient, then back.
struct HeadRows<Scalar: EngineScalar> {
    /// Rows of y: T·B, or B for the last step only.
    let positions: Int
    /// The first row of the recurrent output the head reads.
    let firstRow: Int
    /// Which rows carry loss (nil: all of them).
    let mask: [Bool]?
    /// How many rows carry loss.
    let selected: Int
    let outputs: Int
    let hidden: Int
    let steps: Int
    let batch: Int

    init(_ loss: StepSelection, steps T: Int, batch B: Int, outputs: Int, hidden: Int) throws(EngineError) {
        switch loss {
        case .every: (positions, mask) = (T * B, nil)
        case .last: (positions, mask) = (B, nil)
        case .masked(let mask):
            guard mask.count == T * B else {
                throw .shapeMismatch("the mask has \(mask.count) entries, (steps × batch) is \(T * B)")
            }
            (positions, self.mask) = (T * B, mask)
        }
        firstRow = loss == .last ? (T - 1) * B : 0
        selected = mask?.reduce(0) { $0 + ($1 ? 1 : 0) } ?? positions
        (self.outputs, self.hidden, steps, batch) = (outputs, hidden, T, B)
    }

    /// y = h Wᵀ + b on every position, (positions, O).
    func forward(_ h: [Scalar], weight wt: [Scalar], bias bt: [Scalar]) -> [Scalar] {
        let (O, H) = (outputs, hidden)
        var y = [Scalar](repeating: 0, count: positions * O)
        let transposed = Kernels.transpose(wt, rows: O, cols: H)
        h.withUnsafeBufferPointer { h in
            transposed.withUnsafeBufferPointer { w in
                bt.withUnsafeBufferPointer { b in
                    y.withUnsafeMutableBufferPointer { out in
                        Kernels.linear(
                            rows: positions, cols: O, inner: H, a: h.base + firstRow * H, lda: H,
                            wt: w.base, ldwt: O, bias: b.base, c: out.base, ldc: O)
                    }
                }
            }
        }
        return y
    }

    /// The mean over selected positions and outputs of (y − target)², and its gradient.
    func meanSquaredError(_ y: [Scalar], _ target: [Scalar]) throws(EngineError) -> (Scalar, [Scalar], Double?) {
        let O = outputs
        guard target.count == positions * O else {
            throw .shapeMismatch("targets hold \(target.count) values, the loss needs \(positions) positions × \(O) outputs")
        }
        var dy = [Scalar](repeating: 0, count: positions * O)
        var total: Scalar = 0
        let scale = selected > 0 ? 2 / Scalar(selected * O) : 0
        for p in 0..<positions where mask?[p] ?? true {
            for o in 0..<O {
                let e = y[p * O + o] - target[p * O + o]
                total += e * e
                dy[p * O + o] = scale * e
            }
        }
        return (selected > 0 ? total / Scalar(selected * O) : 0, dy, nil)
    }

    /// The mean over selected positions of log Σ exp(y − max) − (y_c − max), its gradient,
    /// and the fraction of positions whose largest output is the class.
    func crossEntropy(_ y: [Scalar], _ classes: [Int]) throws(EngineError) -> (Scalar, [Scalar], Double?) {
        let O = outputs
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
        for p in 0..<positions where mask?[p] ?? true {
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
        let accuracy = selected > 0 ? Double(correct) / Double(selected) : 0
        return (selected > 0 ? total / Scalar(selected) : 0, dy, accuracy)
    }

    /// Back through the head: the weight and bias gradients and the gradient on the recurrent output.
    func backward(_ h: [Scalar], weight wt: [Scalar], dy: [Scalar]) -> (dW: [Scalar], dB: [Scalar], dOut: [Scalar]) {
        let (O, H) = (outputs, hidden)
        var dW = [Scalar](repeating: 0, count: O * H), dB = [Scalar](repeating: 0, count: O)
        var dOut = [Scalar](repeating: 0, count: steps * batch * H)
        h.withUnsafeBufferPointer { h in
            wt.withUnsafeBufferPointer { w in
                dy.withUnsafeBufferPointer { d in
                    dW.withUnsafeMutableBufferPointer { dw in
                        dB.withUnsafeMutableBufferPointer { db in
                            Kernels.weightGradient(
                                rows: positions, cols: O, inner: H, dy: d.base, lddy: O,
                                x: h.base + firstRow * H, ldx: H, dw: dw.base, lddw: H, bias: db.base)
                        }
                    }
                    dOut.withUnsafeMutableBufferPointer { dx in
                        Kernels.inputGradient(
                            rows: positions, cols: O, inner: H, dy: d.base, lddy: O,
                            w: w.base, ldw: H, dx: dx.base + firstRow * H, lddx: H)
                    }
                }
            }
        }
        return (dW, dB, dOut)
    }
}
