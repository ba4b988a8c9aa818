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
        let rows = try HeadRows(steps: supervision.steps, T: T, B: B)
        let y = HeadPass.outputs(pass.output.values, rows, weight: wt.values, bias: bt.values, outputs: O, hidden: H)
        let scored: HeadLoss<Scalar>
        switch supervision.target {
        case .values(let target):
            scored = try HeadLoss.meanSquaredError(y, target: target, rows, outputs: O)
        case .classes(let classes):
            scored = try HeadLoss.crossEntropy(y, classes: classes, rows, outputs: O)
        }
        let back = HeadPass.backward(
            scored.outputGradient, rows, output: pass.output.values, weight: wt.values, outputs: O, hidden: H)
        var headGradients = NamedTensors<Scalar>()
        headGradients["head.weight"] = try Tensor(shape: [O, H], values: back.weight)
        headGradients["head.bias"] = try Tensor(shape: [O], values: back.bias)
        return LossEvaluation(
            loss: Double(scored.total), accuracy: scored.accuracy,
            predictions: try Tensor(shape: [rows.positions, O], values: y),
            outputGradient: try Tensor(shape: [T, B, H], values: back.output),
            headGradients: headGradients)
    }
}

/// The recurrent output's rows that the loss reads: every step, the last,
/// or every step with a mask of the ones that count.
struct HeadRows: Sendable {
    /// The head's rows: T·B, or B for the last step.
    let positions: Int
    /// The first row of the recurrent output (t·B + b) that is read.
    let firstRow: Int
    /// Which positions count (masked steps), else all.
    let mask: [Bool]?
    /// How many positions count.
    let selected: Int

    init(steps: StepSelection, T: Int, B: Int) throws(EngineError) {
        var mask: [Bool]?
        switch steps {
        case .every, .last: mask = nil
        case .masked(let m):
            guard m.count == T * B else {
                throw .shapeMismatch("the mask has \(m.count) entries, (steps × batch) is \(T * B)")
            }
            mask = m
        }
        self.mask = mask
        positions = steps == .last ? B : T * B
        firstRow = steps == .last ? (T - 1) * B : 0
        selected = mask?.reduce(0) { $0 + ($1 ? 1 : 0) } ?? positions
    }

    /// Whether position p counts.
    func counts(_ p: Int) -> Bool { mask?[p] ?? true }
}
