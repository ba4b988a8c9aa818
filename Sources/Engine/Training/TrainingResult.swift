/// One evaluation on the held-out batch.
public struct EvaluationPoint: Sendable, Hashable, Codable {
    /// Optimiser updates done before it (0 = the initial parameters).
    public var step: Int
    public var loss: Double
    /// For classification tasks, the fraction of marked steps predicted right.
    public var accuracy: Double?

    public init(step: Int, loss: Double, accuracy: Double?) {
        self.step = step
        self.loss = loss
        self.accuracy = accuracy
    }
}

/// How a training run ended.
public enum TrainingOutcome: Sendable, Hashable, Codable {
    /// Every step ran.
    case completed
    /// An evaluation reached the target loss after `step` updates.
    case reachedTarget(step: Int)
    /// The loss or the gradients became NaN or infinite at step `step`
    /// (1-based: the update that would have been `step`); the parameters are
    /// those from before that update.
    case diverged(step: Int)
}

/// What a training run produced.
public struct TrainingResult<Scalar: EngineScalar>: Sendable {
    /// The trained model (the last finite parameters).
    public var model: RecurrentModel<Scalar>
    /// The training batch's loss at each step, before that step's update.
    public var trainingLosses: [Double]
    /// The held-out evaluations, in step order.
    public var evaluations: [EvaluationPoint]
    public var outcome: TrainingOutcome
    /// What every step's gradients and gates did.
    public var traces: TrainingTraces

    public init(model: RecurrentModel<Scalar>, trainingLosses: [Double], evaluations: [EvaluationPoint],
                outcome: TrainingOutcome, traces: TrainingTraces = TrainingTraces()) {
        self.model = model
        self.trainingLosses = trainingLosses
        self.evaluations = evaluations
        self.outcome = outcome
        self.traces = traces
    }

    /// The last evaluation's loss.
    public var finalLoss: Double { evaluations.last?.loss ?? .nan }
    /// The lowest evaluation loss.
    public var bestLoss: Double { evaluations.map(\.loss).min() ?? .nan }
    /// Whether the run stopped because of NaN or infinity.
    public var diverged: Bool {
        if case .diverged = outcome { true } else { false }
    }
}

/// A step's report for progress displays.
public struct TrainingProgress: Sendable, Hashable {
    /// Updates done, 1…steps.
    public var step: Int
    public var steps: Int
    /// The training batch's loss at this step.
    public var loss: Double
    /// The evaluation made at this step, if any.
    public var evaluation: EvaluationPoint?
}
