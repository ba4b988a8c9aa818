/// A sequence task generated from a seed (DESIGN.md, "The engine"): what the
/// model reads, what it must output, the loss, and the loss of the best
/// blind predictor to compare against.
///
/// Create one with the factory functions (`adding(length:)`, …), which
/// validate the parameters; then draw batches with `batch(size:using:)`
/// from `generator(seed:split:)`.
public struct SequenceTask: Sendable, Equatable, Hashable {
    /// The task and its parameters as the lesson wrote them.
    public let kind: TaskSpec
    /// The number of steps T of every generated sequence.
    public let steps: Int
    /// The number of input channels I.
    public let inputSize: Int
    /// The loss, with the head width it needs.
    public let loss: LossKind
    /// The loss of the best predictor that ignores the input (see each
    /// factory function for how it is derived), in the loss's units.
    public let baseline: Double
    /// Labels of the one-hot input channels for symbol tasks, nil for
    /// real-valued inputs (adding, damped sine).
    public let inputSymbols: [String]?
    /// Labels of the output classes for classification tasks.
    public let classLabels: [String]?
    /// For text: the vocabulary (sorted) and the source as indices into it.
    let vocabulary: [Character]
    let sourceIndices: [Int]

    init(
        kind: TaskSpec, steps: Int, inputSize: Int, loss: LossKind, baseline: Double,
        inputSymbols: [String]?, classLabels: [String]?,
        vocabulary: [Character] = [], sourceIndices: [Int] = []
    ) {
        self.kind = kind
        self.steps = steps
        self.inputSize = inputSize
        self.loss = loss
        self.baseline = baseline
        self.inputSymbols = inputSymbols
        self.classLabels = classLabels
        self.vocabulary = vocabulary
        self.sourceIndices = sourceIndices
    }

    /// The width of the model's linear head.
    public var outputSize: Int { loss.outputSize }

    /// Whether accuracy (argmax = target over the masked steps) is reported.
    public var hasAccuracy: Bool { loss.isClassification }

    /// Whether the inputs are one-hot symbols, so that a string can be encoded.
    public var isSymbolic: Bool { inputSymbols != nil }
}

/// Which data a generator draws: training batches and held-out evaluation
/// batches come from different streams of the same seed.
public enum DataSplit: String, Sendable, Equatable, Hashable {
    case training
    case evaluation
}

extension SequenceTask {
    /// A generator for this task's batches: stream `task/training` or
    /// `task/evaluation` of the seed, so evaluation data never repeats
    /// training data and neither shifts when the other draws more.
    public func generator(seed: UInt64, split: DataSplit) -> SeededGenerator {
        SeededGenerator(seed: seed, stream: "task/\(split.rawValue)")
    }

    /// Draws a batch of `size` sequences.
    /// - Throws: `EngineError.invalidParameter` for a size below 1.
    public func batch<Scalar: EngineScalar>(
        size: Int, using generator: inout SeededGenerator, as _: Scalar.Type = Scalar.self
    ) throws(EngineError) -> Batch<Scalar> {
        guard size >= 1 else { throw .invalidParameter("batch size must be at least 1, got \(size)") }
        var examples: [Example] = []
        examples.reserveCapacity(size)
        for _ in 0..<size { examples.append(example(using: &generator)) }
        return try Batch(examples: examples, steps: steps, inputSize: inputSize, loss: loss)
    }

    func example(using g: inout SeededGenerator) -> Example {
        switch kind {
        case .adding(let length): Self.addingExample(length: length, using: &g)
        case .copy(let length, let count): Self.copyExample(symbols: Self.randomSymbols(count, &g), delay: length)
        case .temporalOrder(let length): Self.temporalOrderExample(length: length, using: &g)
        case .brackets(let length, let maxDepth): Self.bracketsExample(length: length, maxDepth: maxDepth, using: &g)
        case .dampedSine(let length, let period, let decay):
            Self.dampedSineExample(length: length, periods: period, decay: decay, using: &g)
        case .text(_, let length): textExample(length: length, using: &g)
        }
    }
}

/// A one-hot vector of `size` with a 1 at `index`.
func oneHot(_ index: Int, _ size: Int) -> [Double] {
    var v = [Double](repeating: 0, count: size)
    v[index] = 1
    return v
}
