import Engine
import Lessons

/// A trained model's outputs against the targets of one held-out sequence;
/// the last `freeRun` steps are fed the model's own previous output.
enum PredictionRunner {
    static func run(_ directive: PredictionDirective, experiment: ExperimentDirective, result: ExperimentResult,
                    root: String) throws -> PredictionResult {
        guard let index = experiment.index(of: directive.model), let seed = experiment.seeds.first else {
            throw RunError("the model \(directive.model.canonicalForm) is not in experiment '\(directive.experiment.name)'")
        }
        let length = directive.length ?? experiment.task.length
        let task = try TaskFiles.task(experiment.task.withLength(length), root: root)
        let trainedTask = try TaskFiles.task(experiment.task, root: root)
        var generator = task.generator(seed: UInt64(seed), split: .evaluation)
        let batch: Batch<Float> = try task.batch(size: 1, using: &generator)
        guard task.outputSize == 1, case .values(let target) = batch.targets else {
            throw RunError("prediction plots one real-valued output; the \(experiment.task.name) task has \(task.outputSize) outputs")
        }
        let free = min(directive.freeRun, batch.steps)
        let predictions: [Double]
        switch experiment.models[index].architecture {
        case .network(let network):
            let model = try result.model(index, seedIndex: 0, spec: network, task: trainedTask)
            predictions = try run(model, on: batch, free: free)
        case .baseline(let baseline):
            // Fitted on the trained length's sequences, as the networks were trained.
            let fitted = try FittedBaseline.fit(baseline, task: trainedTask, seed: UInt64(seed))
            let inputs = batch.inputs.values.map(Double.init)
            let teacher = max(1, batch.steps - free)
            predictions = fitted.run(reading: Array(inputs[0..<teacher]), freeSteps: batch.steps - teacher)
        }
        return PredictionResult(
            model: experiment.labels[index], target: target.values.map(Double.init), prediction: predictions,
            freeRunStart: free > 0 ? batch.steps - free : nil)
    }

    /// The network's outputs over the batch's one sequence: teacher-forced, then for the
    /// last `free` steps fed its own previous output.
    static func run(_ model: RecurrentModel<Float>, on batch: Batch<Float>, free: Int) throws -> [Double] {
        let teacher = batch.steps - free
        var predictions: [Double] = []
        var h: Tensor<Float>?, c: Tensor<Float>?
        if teacher > 0 {
            let prefix = try Tensor<Float>(shape: [teacher, 1, batch.inputSize], values: Array(batch.inputs.values[0..<(teacher * batch.inputSize)]))
            let pass = try model.forward(prefix)
            predictions += try outputs(model, pass).map(Double.init)
            h = pass.finalHidden
            c = pass.finalCell
        }
        // Free running starts from the model's last prediction (or, with no
        // teacher-forced prefix, from the sequence's first value).
        var next = predictions.last.map(Float.init) ?? batch.inputs.values.first ?? 0
        for _ in 0..<free {
            let input = try Tensor<Float>(shape: [1, 1, 1], values: [next])
            let pass = try model.forward(input, h0: h, c0: c)
            let y = try outputs(model, pass)
            next = y.last ?? 0
            predictions.append(Double(next))
            h = pass.finalHidden
            c = pass.finalCell
        }
        return predictions
    }

    /// The head's output at every step of a pass (one sequence, one output).
    static func outputs(_ model: RecurrentModel<Float>, _ pass: ForwardPass<Float>) throws -> [Float] {
        let zeros = Supervision<Float>(target: .values(Array(repeating: 0, count: pass.steps)), steps: .every)
        return try model.loss(pass, zeros).predictions.values
    }
}
