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
        let (T, B, H) = (pass.steps, pass.batch, spec.hidden)
        let positions: Int
        var weights: [Bool]?
        switch supervision.steps {
        case .every: positions = T * B
        case .last: positions = B
        case .masked(let mask):
            guard mask.count == T * B else {
                throw .shapeMismatch("the mask has \(mask.count) entries, (steps × batch) is \(T * B)")
            }
            positions = T * B
            weights = mask
        }
        let firstRow = supervision.steps == .last ? (T - 1) * B : 0
        let selected = weights?.reduce(0) { $0 + ($1 ? 1 : 0) } ?? positions
        // The head on every position: y = h Wᵀ + b, (positions, O).
        var y = [Scalar](repeating: 0, count: positions * O)
        let transposed = Kernels.transpose(wt.values, rows: O, cols: H)
        pass.output.values.withUnsafeBufferPointer { h in
            transposed.withUnsafeBufferPointer { w in
                bt.values.withUnsafeBufferPointer { b in
                    y.withUnsafeMutableBufferPointer { out in
                        Kernels.linear(
                            rows: positions, cols: O, inner: H, a: h.base + firstRow * H, lda: H,
                            wt: w.base, ldwt: O, bias: b.base, c: out.base, ldc: O)
                    }
                }
            }
        }
        var dy = [Scalar](repeating: 0, count: positions * O)
        var total: Scalar = 0
        var accuracy: Double?
        switch supervision.target {
        case .values(let target):
            guard target.count == positions * O else {
                throw .shapeMismatch("targets hold \(target.count) values, the loss needs \(positions) positions × \(O) outputs")
            }
            let scale = selected > 0 ? 2 / Scalar(selected * O) : 0
            for p in 0..<positions where weights?[p] ?? true {
                for o in 0..<O {
                    let e = y[p * O + o] - target[p * O + o]
                    total += e * e
                    dy[p * O + o] = scale * e
                }
            }
            total = selected > 0 ? total / Scalar(selected * O) : 0
        case .classes(let classes):
            guard classes.count == positions else {
                throw .shapeMismatch("targets hold \(classes.count) classes, the loss needs \(positions) positions")
            }
            if let bad = classes.first(where: { $0 < 0 || $0 >= O }) {
                throw .invalidParameter("class \(bad) is outside 0..<\(O)")
            }
            let scale = selected > 0 ? 1 / Scalar(selected) : 0
            var correct = 0
            for p in 0..<positions where weights?[p] ?? true {
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
            accuracy = selected > 0 ? Double(correct) / Double(selected) : 0
        }
        // Back through the head.
        var dW = [Scalar](repeating: 0, count: O * H), dB = [Scalar](repeating: 0, count: O)
        var dOut = [Scalar](repeating: 0, count: T * B * H)
        pass.output.values.withUnsafeBufferPointer { h in
            wt.values.withUnsafeBufferPointer { w in
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
        var headGradients = NamedTensors<Scalar>()
        headGradients["head.weight"] = try Tensor(shape: [O, H], values: dW)
        headGradients["head.bias"] = try Tensor(shape: [O], values: dB)
        return LossEvaluation(
            loss: Double(total), accuracy: accuracy,
            predictions: try Tensor(shape: [positions, O], values: y),
            outputGradient: try Tensor(shape: [T, B, H], values: dOut),
            headGradients: headGradients)
    }
}
