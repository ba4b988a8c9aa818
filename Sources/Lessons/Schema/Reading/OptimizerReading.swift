import Engine

/// Optimisers, learning-rate schedules and a model's own training settings.
extension ValueReader {
    /// `adam(lr: 0.003)`, `sgd(lr: 0.1, momentum: 0.9)`, `rmsprop`.
    func optimizer(_ value: Value) -> OptimizerSettings? {
        let schemas = SchemaRegistry.optimizers
        guard let call = call(value, "optimizer", known: schemas.map(\.name), example: "adam(lr: 0.001)") else { return nil }
        let schema = SchemaRegistry.call(call.name, in: schemas)
        let args = arguments(of: call, labels: schema.labels, positional: schema.positional)
        func rate(_ key: String, default defaultValue: Double) -> Double? {
            args.number(key, default: defaultValue, in: Limits.decayRate)
        }
        switch call.name {
        case "sgd":
            let lr = args.number("lr", example: "0.1", in: Limits.learningRate)
            let momentum = args.number("momentum", default: 0, in: Limits.momentum)
            guard let lr, let momentum else { return nil }
            return .sgd(learningRate: lr, momentum: momentum)
        case "rmsprop":
            let lr = args.number("lr", default: 0.01, in: Limits.learningRate)
            let alpha = rate("alpha", default: 0.99)
            guard let lr, let alpha else { return nil }
            return .rmsprop(learningRate: lr, alpha: alpha)
        default:
            let lr = args.number("lr", default: 0.001, in: Limits.learningRate)
            let beta1 = rate("beta1", default: 0.9), beta2 = rate("beta2", default: 0.999)
            guard let lr, let beta1, let beta2 else { return nil }
            return .adam(learningRate: lr, beta1: beta1, beta2: beta2)
        }
    }

    /// `constant`, `step(every: 500, factor: 0.1)`, `cosine(minimum: 0.1)` or `warmup(steps: 100)`.
    func schedule(_ value: Value) -> LearningRateSchedule? {
        let schemas = SchemaRegistry.schedules
        guard let call = call(value, "schedule", known: schemas.map(\.name), example: "cosine(minimum: 0.1)") else { return nil }
        let schema = SchemaRegistry.call(call.name, in: schemas)
        let args = arguments(of: call, labels: schema.labels, positional: schema.positional)
        switch call.name {
        case "step":
            let every = args.integer("every", example: "500", in: Limits.steps)
            let factor = args.number("factor", default: 0.1, in: Limits.scheduleFactor)
            guard let every, let factor else { return nil }
            return .step(every: every, factor: factor)
        case "cosine":
            return args.number("minimum", default: 0.0, in: Limits.scheduleFactor)
                .map { .cosine(minimum: $0) }
        case "warmup":
            return args.integer("steps", example: "100", in: Limits.steps)
                .map { .warmup(steps: $0) }
        default:
            return .constant
        }
    }

    /// The training settings a model call gives for itself: `optimizer:`, `clip:`, `schedule:`.
    func trainingOverrides(_ args: OptionReader) -> TrainingOverrides? {
        let ownOptimizer = args.read("optimizer", default: OptimizerSettings?.none) { self.optimizer($0).map { .some($0) } }
        let ownClip = args.numberIfGiven("clip", in: Limits.clip)
        let ownSchedule = args.read("schedule", default: LearningRateSchedule?.none) { self.schedule($0).map { .some($0) } }
        guard let ownOptimizer, let ownClip, let ownSchedule else { return nil }
        return TrainingOverrides(optimizer: ownOptimizer, clip: ownClip, schedule: ownSchedule)
    }
}
