import Engine
import Lessons

/// ‖∂L/∂h_t‖ at every time step, for models at initialisation or trained.
enum GradientFlowRunner {
    /// The batch the gradients are measured on.
    static let batchSize = 32

    struct Subject {
        var label: String
        /// The network (a baseline has no gradients to measure).
        var spec: ModelSpec
        /// The trained weights of an experiment's model, per seed (nil at initialisation).
        var trained: [Int: RecurrentModel<Float>]
    }

    static func run(_ flow: GradientFlowDirective, subjects: [Subject], task taskSpec: TaskSpec, root: String) throws -> GradientFlowResult {
        let task = try TaskFiles.task(taskSpec, root: root)
        var series: [GradientFlowResult.Series] = []
        let showMoment = flow.when.count > 1
        for subject in subjects {
            for moment in flow.when {
                var runs: [[Double]] = []
                for seed in flow.seeds {
                    let model: RecurrentModel<Float>
                    if moment == .trained, let trained = subject.trained[seed] {
                        model = trained
                    } else {
                        model = try RecurrentModel<Float>(
                            spec: subject.spec, inputSize: task.inputSize,
                            outputSize: task.outputSize, seed: UInt64(seed))
                    }
                    var generator = task.generator(seed: UInt64(seed), split: .evaluation)
                    let batch: Batch<Float> = try task.batch(size: batchSize, using: &generator)
                    let evaluation = try model.gradients(input: batch.inputs, supervision: batch.supervision, inputGradient: false)
                    let norms = evaluation.backward.hiddenGradientNorms
                    runs.append(norms.last ?? [])
                }
                let label = showMoment ? "\(subject.label) (\(moment == .`init` ? "at init" : "trained"))" : subject.label
                series.append(.init(label: label, model: subject.label, moment: moment.rawValue, runs: runs))
            }
        }
        return GradientFlowResult(series: series, task: taskSpec.canonicalForm)
    }
}
