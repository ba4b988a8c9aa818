/// What a model should output for a batch.
public enum BatchTargets<Scalar: EngineScalar>: Sendable, Equatable {
    /// Regression targets, (T, B, O) row-major; zero where the mask is false.
    case values(Tensor<Scalar>)
    /// Class indices, T·B of them with item b of step t at `t * B + b`;
    /// 0 where the mask is false.
    case classes([Int])
}

/// A batch of sequences from a task: inputs, targets and which steps count.
public struct Batch<Scalar: EngineScalar>: Sendable, Equatable {
    /// Inputs (T, B, I) row-major: step t, item b, channel i at
    /// `(t * B + b) * I + i`, as PyTorch's `(seq_len, batch, input_size)`.
    public var inputs: Tensor<Scalar>
    /// The targets, regression values or class indices.
    public var targets: BatchTargets<Scalar>
    /// T·B flags, step t of item b at `t * B + b`: true where the step
    /// carries loss.
    public var mask: [Bool]
    /// The loss these targets are meant for.
    public var loss: LossKind

    /// The number of steps T.
    public var steps: Int { inputs.shape[0] }
    /// The number of sequences B.
    public var batchSize: Int { inputs.shape[1] }
    /// The number of input channels I.
    public var inputSize: Int { inputs.shape[2] }

    /// How many (step, item) pairs carry loss.
    public var maskedCount: Int { mask.reduce(0) { $0 + ($1 ? 1 : 0) } }
}

/// One sequence as a task generates it, in `Double` so that a Float and a
/// Double batch from the same generator hold the same (rounded) numbers.
struct Example {
    /// T·I input values, step-major.
    var inputs: [Double]
    /// T·O regression targets (empty for classification).
    var values: [Double] = []
    /// T class indices (empty for regression).
    var classes: [Int] = []
    /// T flags: which steps carry loss.
    var mask: [Bool]
}

extension Batch {
    /// Interleaves sequences into the (T, B, ·) layout.
    init(examples: [Example], steps: Int, inputSize: Int, loss: LossKind) throws(EngineError) {
        let b = examples.count
        var inputs = [Scalar](repeating: 0, count: steps * b * inputSize)
        var mask = [Bool](repeating: false, count: steps * b)
        var classes = [Int](repeating: 0, count: loss.isClassification ? steps * b : 0)
        let outputs = loss.isClassification ? 0 : loss.outputSize
        var values = [Scalar](repeating: 0, count: steps * b * outputs)
        for (item, example) in examples.enumerated() {
            for t in 0..<steps {
                let row = t * b + item
                for i in 0..<inputSize {
                    inputs[row * inputSize + i] = Scalar(example.inputs[t * inputSize + i])
                }
                mask[row] = example.mask[t]
                guard example.mask[t] else { continue }
                if loss.isClassification {
                    classes[row] = example.classes[t]
                } else {
                    for o in 0..<outputs { values[row * outputs + o] = Scalar(example.values[t * outputs + o]) }
                }
            }
        }
        self.inputs = try Tensor(shape: [steps, b, inputSize], values: inputs)
        self.targets = loss.isClassification
            ? .classes(classes) : .values(try Tensor(shape: [steps, b, outputs], values: values))
        self.mask = mask
        self.loss = loss
    }
}
