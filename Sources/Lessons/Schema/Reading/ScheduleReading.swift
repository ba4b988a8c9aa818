import Engine

extension DiagnosticCollector {
    /// `constant`, `step(every: 500, factor: 0.1)`, `cosine(minimum: 0.1)` or `warmup(steps: 100)`.
    func schedule(_ value: Value) -> LearningRateSchedule? {
        let schemas = SchemaRegistry.schedules
        guard let call = call(value, "schedule", known: schemas.map(\.name), example: "cosine(minimum: 0.1)") else { return nil }
        let schema = SchemaRegistry.call(call.name, in: schemas)
        let args = arguments(of: call, labels: schema.labels, positional: schema.positional)
        switch call.name {
        case "step":
            let every = read(args, required: "every", example: "500") { integer($0, "every", in: Limits.steps) }
            let factor = read(args, "factor", default: 0.1) { number($0, "factor", in: Limits.scheduleFactor) }
            guard let every, let factor else { return nil }
            return .step(every: every, factor: factor)
        case "cosine":
            return read(args, "minimum", default: 0.0) { number($0, "minimum", in: Limits.scheduleFactor) }
                .map { .cosine(minimum: $0) }
        case "warmup":
            return read(args, required: "steps", example: "100") { integer($0, "steps", in: Limits.steps) }
                .map { .warmup(steps: $0) }
        default:
            return .constant
        }
    }

    /// The training settings a model call gives for itself: `optimizer:`, `clip:`, `schedule:`.
    func trainingOverrides(_ args: Entries) -> TrainingOverrides? {
        let ownOptimizer = read(args, "optimizer", default: OptimizerSettings?.none) { self.optimizer($0).map { .some($0) } }
        let ownClip = read(args, "clip", default: Double?.none) { number($0, "clip", in: Limits.clip).map { .some($0) } }
        let ownSchedule = read(args, "schedule", default: LearningRateSchedule?.none) { self.schedule($0).map { .some($0) } }
        guard let ownOptimizer, let ownClip, let ownSchedule else { return nil }
        return TrainingOverrides(optimizer: ownOptimizer, clip: ownClip, schedule: ownSchedule)
    }
}
