import Engine

/// Training settings a model of an experiment gives for itself (`optimizer:`, `clip:`,
/// `schedule:` inside its call), so that one experiment can compare them; nil: the experiment's.
public struct TrainingOverrides: Hashable, Sendable {
    public var optimizer: OptimizerSettings?
    public var clip: Double?
    public var schedule: LearningRateSchedule?

    public init(optimizer: OptimizerSettings? = nil, clip: Double? = nil, schedule: LearningRateSchedule? = nil) {
        self.optimizer = optimizer
        self.clip = clip
        self.schedule = schedule
    }

    public var isEmpty: Bool { optimizer == nil && clip == nil && schedule == nil }

    /// The given settings as canonical arguments, in a fixed order.
    var canonicalArguments: [(String, String)] {
        var arguments: [(String, String)] = []
        if let optimizer { arguments.append(("optimizer", optimizer.canonicalForm)) }
        if let clip { arguments.append(("clip", Canonical.number(clip))) }
        if let schedule { arguments.append(("schedule", schedule.canonicalForm)) }
        return arguments
    }
}
