/// How to train: the budget, the optimiser, clipping, the seed and when to
/// evaluate. The lesson's `experiment` options map onto it one to one.
public struct TrainingConfiguration: Sendable, Hashable {
    /// Optimiser updates.
    public var steps: Int
    /// Sequences per training batch.
    public var batchSize: Int
    public var optimizer: OptimizerSettings
    /// The largest global gradient norm; 0 turns clipping off.
    public var clip: Double
    /// How the learning rate changes over the steps.
    public var schedule: LearningRateSchedule
    /// Seeds the initial parameters and the training and held-out data.
    public var seed: UInt64
    /// Evaluate on the held-out batch every this many steps (and at step 0
    /// and at the end).
    public var evalEvery: Int
    /// Sequences in the held-out batch.
    public var evalBatchSize: Int
    /// Stop as soon as an evaluation's loss is at or below this.
    public var targetLoss: Double?

    public init(
        steps: Int = 1000, batchSize: Int = 32, optimizer: OptimizerSettings = .adam(learningRate: 0.001),
        clip: Double = 1.0, seed: UInt64 = 1, evalEvery: Int? = nil, evalBatchSize: Int = 256,
        targetLoss: Double? = nil, schedule: LearningRateSchedule = .constant
    ) {
        self.schedule = schedule
        self.steps = steps
        self.batchSize = batchSize
        self.optimizer = optimizer
        self.clip = clip
        self.seed = seed
        self.evalEvery = evalEvery ?? max(1, steps / 50)
        self.evalBatchSize = evalBatchSize
        self.targetLoss = targetLoss
    }

    /// The largest number of steps and sequences per batch accepted.
    public static let maximumSteps = 10_000_000
    public static let maximumBatch = 1 << 16

    /// Checks the budget and the optimiser, with a message saying what to change.
    public func validate() throws(EngineError) {
        guard steps > 0, steps <= Self.maximumSteps else {
            throw .invalidParameter("steps must be between 1 and \(Self.maximumSteps), got \(steps)")
        }
        guard batchSize > 0, batchSize <= Self.maximumBatch else {
            throw .invalidParameter("batch must be between 1 and \(Self.maximumBatch), got \(batchSize)")
        }
        guard evalBatchSize > 0, evalBatchSize <= Self.maximumBatch else {
            throw .invalidParameter("evaluation batch must be between 1 and \(Self.maximumBatch), got \(evalBatchSize)")
        }
        guard evalEvery > 0 else { throw .invalidParameter("evalEvery must be positive, got \(evalEvery)") }
        guard clip.isFinite, clip >= 0 else { throw .invalidParameter("clip must be 0 (off) or positive, got \(clip)") }
        if let t = targetLoss, !t.isFinite { throw .invalidParameter("target loss must be finite, got \(t)") }
        try optimizer.validate()
        try schedule.validate()
    }
}

extension TrainingConfiguration {
    /// The steps at which a run of this configuration is evaluated on the held-out
    /// batch, if it neither diverges nor stops early: 0, every `evalEvery`, and the last.
    public var evaluationSteps: [Int] {
        [0] + (1...max(1, steps)).filter { $0 % evalEvery == 0 || $0 == steps }
    }
}
