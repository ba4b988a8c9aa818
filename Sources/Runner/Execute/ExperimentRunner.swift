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

    func run(progress: @escaping @Sendable (Int, Double) -> Void) throws -> (SeedRun, parameterCount: Int) {
        let spec = experiment.models[modelIndex].model
        let configuration = TrainingConfiguration(
            steps: experiment.steps, batchSize: experiment.batch,
            optimizer: experiment.optimizer(for: modelIndex), clip: experiment.clip(for: modelIndex),
            seed: UInt64(seed), evalEvery: experiment.evalEvery, evalBatchSize: Self.evaluationBatch,
            schedule: experiment.schedule(for: modelIndex))
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

    static func stored(_ parameters: NamedTensors<Float>) -> [StoredTensor] {
        parameters.tensors.map { entry in
            StoredTensor(name: entry.name, shape: entry.tensor.shape, bits: entry.tensor.values.map(\.bitPattern))
        }
    }
}

extension ExperimentResult {
    /// A trained model rebuilt from its stored weights.
    func model(_ index: Int, seedIndex: Int, spec: ModelSpecification, task: SequenceTask) throws -> RecurrentModel<Float> {
        var model = try RecurrentModel<Float>(
            spec: spec.model, inputSize: task.inputSize, outputSize: task.outputSize, seed: 0)
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
