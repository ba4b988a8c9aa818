import Engine
import Lessons

/// Trains one model of an experiment from one seed.
struct ExperimentUnit: Sendable {
    var experiment: ExperimentDirective
    var modelIndex: Int
    var seed: Int
    var task: SequenceTask

    /// The size of the held-out batch every evaluation uses.
    static let evaluationBatch = 128

    var configuration: TrainingConfiguration {
        TrainingConfiguration(
            steps: experiment.steps, batchSize: experiment.batch,
            optimizer: experiment.optimizer(for: modelIndex), clip: experiment.clip(for: modelIndex),
            seed: UInt64(seed), evalEvery: experiment.evalEvery, evalBatchSize: Self.evaluationBatch,
            schedule: experiment.schedule(for: modelIndex))
    }

    func run(progress: @escaping @Sendable (Int, Double) -> Void) throws -> (SeedRun, parameterCount: Int) {
        switch experiment.models[modelIndex].architecture {
        case .network(let spec): try train(spec, progress: progress)
        case .baseline(let baseline): try fit(baseline)
        }
    }

    /// Trains the network from the seed, evaluating on the held-out batch.
    private func train(_ spec: ModelSpec, progress: @escaping @Sendable (Int, Double) -> Void) throws -> (SeedRun, parameterCount: Int) {
        let configuration = self.configuration
        let result = try Trainer.train(spec: spec, task: task, configuration: configuration, as: Float.self) { p in
            progress(p.step, p.loss)
        }
        var diverged: Int?
        if case .diverged(let step) = result.outcome { diverged = step }
        var initialWeights: [StoredTensor]?
        if experiment.saveWeights.contains(.`init`) {
            // The trainer draws its initial parameters from the same spec and seed.
            let initial = try RecurrentModel<Float>(spec: spec, inputSize: task.inputSize, outputSize: task.outputSize,
                                                    seed: configuration.seed)
            initialWeights = Self.stored(initial.parameters)
        }
        let run = SeedRun(
            seed: seed,
            steps: result.evaluations.map(\.step),
            loss: result.evaluations.map(\.loss),
            accuracy: task.hasAccuracy ? result.evaluations.map { $0.accuracy ?? .nan } : nil,
            divergedAt: diverged,
            weights: Self.stored(result.model.parameters),
            initialWeights: initialWeights,
            traces: SeedTraces(result.traces))
        return (run, result.model.parameterCount)
    }

    /// Fits the baseline on the seed's training sequences and scores it on the networks'
    /// held-out batch; it does not train, so every evaluation is the same number.
    private func fit(_ baseline: Baseline) throws -> (SeedRun, parameterCount: Int) {
        let configuration = self.configuration
        let fitted = try FittedBaseline.fit(baseline, task: task, seed: configuration.seed)
        var heldOutGenerator = task.generator(seed: configuration.seed, split: .evaluation)
        let heldOut: Batch<Float> = try task.batch(size: configuration.evalBatchSize, using: &heldOutGenerator)
        let (loss, accuracy) = fitted.evaluate(on: heldOut)
        let steps = configuration.evaluationSteps
        let run = SeedRun(
            seed: seed, steps: steps, loss: Array(repeating: loss, count: steps.count),
            accuracy: task.hasAccuracy ? Array(repeating: accuracy ?? .nan, count: steps.count) : nil,
            divergedAt: loss.isFinite ? nil : 0, weights: [], initialWeights: nil,
            traces: SeedTraces(gradientNorms: [], clipped: [], saturationSteps: [], saturation: [:]))
        return (run, fitted.parameterCount)
    }

    static func stored(_ parameters: NamedTensors<Float>) -> [StoredTensor] {
        parameters.tensors.map { entry in
            StoredTensor(name: entry.name, shape: entry.tensor.shape, bits: entry.tensor.values.map(\.bitPattern))
        }
    }
}

extension ExperimentResult {
    /// A trained model rebuilt from its stored weights.
    func model(_ index: Int, seedIndex: Int, spec: ModelSpec, task: SequenceTask) throws -> RecurrentModel<Float> {
        var model = try RecurrentModel<Float>(
            spec: spec, inputSize: task.inputSize, outputSize: task.outputSize, seed: 0)
        var parameters = NamedTensors<Float>()
        for stored in models[index].runs[seedIndex].weights {
            parameters[stored.name] = try Tensor(shape: stored.shape, values: stored.values)
        }
        try model.setParameters(parameters)
        return model
    }
}

extension SeedTraces {
    /// The engine's traces as stored in a result.
    init(_ traces: TrainingTraces) {
        self.init(gradientNorms: traces.gradientNorms, clipped: traces.clipped, saturationSteps: traces.saturationSteps,
                  saturation: Dictionary(uniqueKeysWithValues: traces.saturation.map { ($0.key.rawValue, $0.value) }))
    }
}
