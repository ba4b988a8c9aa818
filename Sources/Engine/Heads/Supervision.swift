/// Which steps of a sequence the loss reads.
public enum StepSelection: Sendable, Equatable {
    /// Every step: T·B positions, step-major (position = t·B + b).
    case every
    /// The last step only: B positions.
    case last
    /// The steps where `mask[t·B + b]` is true (the mask has T·B entries);
    /// targets are still given for all T·B positions.
    case masked([Bool])
}

/// What a model's head is trained to produce.
public enum Target<Scalar: EngineScalar>: Sendable, Equatable {
    /// Real values for the mean squared error: (positions, O), row-major.
    case values([Scalar])
    /// A class index in 0..<O per position, for softmax cross-entropy.
    case classes([Int])
}

/// Targets and the steps they apply to.
public struct Supervision<Scalar: EngineScalar>: Sendable, Equatable {
    public var target: Target<Scalar>
    public var steps: StepSelection

    public init(target: Target<Scalar>, steps: StepSelection) {
        self.target = target
        self.steps = steps
    }
}

/// The loss of a batch and its gradient on the recurrent output.
public struct LossEvaluation<Scalar: EngineScalar>: Sendable {
    /// The mean loss over the selected positions (and outputs, for MSE).
    public var loss: Double
    /// For cross-entropy: the fraction of selected positions whose largest
    /// logit is the target class; `nil` for MSE.
    public var accuracy: Double?
    /// The head's outputs at the selected-step layout: (positions, O).
    public var predictions: Tensor<Scalar>
    /// ∂loss/∂output of the recurrent layers: (T, B, H).
    public var outputGradient: Tensor<Scalar>
    /// ∂loss/∂`head.weight` and ∂loss/∂`head.bias`.
    public var headGradients: NamedTensors<Scalar>
}
