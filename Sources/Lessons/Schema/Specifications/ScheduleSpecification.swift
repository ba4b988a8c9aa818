/// How the learning rate changes over an experiment's steps (`schedule:`).
public enum ScheduleSpecification: Hashable, Sendable, CanonicalForm {
    case constant
    /// × `factor` after every `every` steps.
    case step(every: Int, factor: Double)
    /// Half a cosine from lr down to `minimum` × lr over the steps.
    case cosine(minimum: Double)
    /// Linear from lr/steps to lr over the first `steps` steps.
    case warmup(steps: Int)

    public var canonicalForm: String {
        switch self {
        case .constant: "constant"
        case .step(let every, let factor):
            Canonical.call("step", [("every", every.canonical), ("factor", Canonical.number(factor))])
        case .cosine(let minimum): Canonical.call("cosine", [("minimum", Canonical.number(minimum))])
        case .warmup(let steps): Canonical.call("warmup", [("steps", steps.canonical)])
        }
    }
}

/// Training settings a model of an experiment gives for itself (`optimizer:`, `clip:`,
/// `schedule:` inside its call), so that one experiment can compare them; nil: the experiment's.
public struct TrainingOverrides: Hashable, Sendable {
    public var optimizer: OptimizerSpecification?
    public var clip: Double?
    public var schedule: ScheduleSpecification?

    public init(optimizer: OptimizerSpecification? = nil, clip: Double? = nil, schedule: ScheduleSpecification? = nil) {
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
