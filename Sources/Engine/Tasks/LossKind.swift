/// Which steps of a sequence carry loss.
public enum LossSteps: String, Sendable, Equatable, Hashable {
    /// Only the last step (the adding problem, temporal order).
    case lastStep
    /// Every step (copy, brackets, damped sine, text).
    case everyStep
    /// The steps a batch's `mask` marks.
    case masked
}

/// The loss a task is trained with, and how it is averaged.
///
/// Whatever the steps, a batch's `mask` says exactly which (step, item)
/// pairs carry loss, and the loss is the mean over those pairs: for mean
/// squared error also over the outputs, as `torch.nn.MSELoss()` averages
/// over every element of `output[-1]` or `output`; for cross-entropy over
/// the marked pairs, as `torch.nn.CrossEntropyLoss()` does.
public enum LossKind: Sendable, Equatable, Hashable {
    /// Mean squared error on a linear head of `outputs` values.
    case meanSquaredError(outputs: Int, LossSteps)
    /// Softmax cross-entropy over `classes` classes on a linear head.
    case crossEntropy(classes: Int, LossSteps)

    /// The width of the linear head the loss reads.
    public var outputSize: Int {
        switch self {
        case .meanSquaredError(let outputs, _): outputs
        case .crossEntropy(let classes, _): classes
        }
    }

    /// Which steps carry loss.
    public var steps: LossSteps {
        switch self {
        case .meanSquaredError(_, let steps), .crossEntropy(_, let steps): steps
        }
    }

    /// Whether the loss compares classes, so that accuracy means something.
    public var isClassification: Bool {
        if case .crossEntropy = self { return true }
        return false
    }
}
