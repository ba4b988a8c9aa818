/// Trains a model on a task: batches from the seed, forward, loss, BPTT,
/// clipping, an optimiser step, and evaluations on a fixed held-out batch.
///
/// Deterministic: the same spec, task and configuration give the same bits,
/// on any machine and whatever else runs in the process.
public enum Trainer {
    /// Trains a fresh model (initialised from `configuration.seed`).
    /// - Parameter progress: called after every step (on the calling thread).
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public static func train<Scalar: EngineScalar>(
        spec: ModelSpec, task: SequenceTask, configuration: TrainingConfiguration,
        as _: Scalar.Type = Scalar.self, progress: ((TrainingProgress) -> Void)? = nil
    ) throws(EngineError) -> TrainingResult<Scalar> {
        let model = try RecurrentModel<Scalar>(
            spec: spec, inputSize: task.inputSize, outputSize: task.outputSize, seed: configuration.seed)
        return try train(model, task: task, configuration: configuration, progress: progress)
    }

    /// Trains `model` further (its sizes must fit the task).
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public static func train<Scalar: EngineScalar>(
        _ model: RecurrentModel<Scalar>, task: SequenceTask, configuration c: TrainingConfiguration,
        progress: ((TrainingProgress) -> Void)? = nil
    ) throws(EngineError) -> TrainingResult<Scalar> {
        try c.validate()
        guard model.inputSize == task.inputSize, model.outputSize == task.outputSize else {
            throw .shapeMismatch(
                "the model reads \(model.inputSize) and outputs \(model.outputSize.map(String.init) ?? "no head"); "
                    + "the task needs \(task.inputSize) and \(task.outputSize)")
        }
        var model = model
        var optimizer = try Optimizer<Scalar>(c.optimizer)
        var data = task.generator(seed: c.seed, split: .training)
        var heldOutGenerator = task.generator(seed: c.seed, split: .evaluation)
        let heldOut: Batch<Scalar> = try task.batch(size: c.evalBatchSize, using: &heldOutGenerator)
        let heldOutSupervision = heldOut.supervision

        func evaluate(_ step: Int) throws(EngineError) -> EvaluationPoint {
            let e = try model.evaluate(input: heldOut.inputs, supervision: heldOutSupervision)
            return EvaluationPoint(step: step, loss: e.loss, accuracy: e.accuracy)
        }
        var evaluations = [try evaluate(0)]
        var losses: [Double] = []
        losses.reserveCapacity(c.steps)
        var traces = TrainingTraces()
        traces.gradientNorms.reserveCapacity(c.steps)
        traces.clipped.reserveCapacity(c.steps)
        let hasGates = model.spec.cell.gates.contains { $0 != .candidate }
        var outcome = TrainingOutcome.completed
        if !evaluations[0].loss.isFinite { outcome = .diverged(step: 0) }
        var step = 0
        while step < c.steps, outcome == .completed {
            step += 1
            let batch: Batch<Scalar> = try task.batch(size: c.batchSize, using: &data)
            optimizer.learningRateFactor = c.schedule.factor(update: step, of: c.steps)
            // Saturation after every evaluated number of updates, on the next training batch.
            let measure = hasGates && (step - 1) % c.evalEvery == 0
            let report = try Self.step(&model, on: batch, optimizer: &optimizer, clip: c.clip, saturation: measure)
            losses.append(report.loss)
            traces.record(report, updatesBefore: step - 1)
            guard !report.diverged else {
                outcome = .diverged(step: step)
                break
            }
            var point: EvaluationPoint?
            if step % c.evalEvery == 0 || step == c.steps {
                let e = try evaluate(step)
                evaluations.append(e)
                point = e
                if !e.loss.isFinite {
                    outcome = .diverged(step: step)
                } else if let target = c.targetLoss, e.loss <= target {
                    outcome = .reachedTarget(step: step)
                }
            }
            progress?(TrainingProgress(step: step, steps: c.steps, loss: report.loss, evaluation: point))
        }
        return TrainingResult(model: model, trainingLosses: losses, evaluations: evaluations, outcome: outcome, traces: traces)
    }
}
