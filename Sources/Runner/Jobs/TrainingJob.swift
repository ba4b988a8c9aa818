import Engine
import Lessons

/// One model × seed of one experiment: the unit the workers train.
struct TrainingJob: Sendable {
    /// Which run of which experiment this is; its output is found by this, never by position.
    struct ID: Hashable, Sendable {
        var experiment: String, model: Int, seed: Int
    }

    var id: ID
    var directive: DirectiveJob
    var experiment: ExperimentDirective
    var task: SequenceTask

    var label: String { experiment.labels[id.model] }

    /// What determines the run's bits: two jobs with the same key (the same model in two
    /// experiments with the same task, training options and seed) are trained once.
    var unitKey: String {
        let m = id.model
        var model = experiment.models[m]
        model.label = nil
        model.training = TrainingOverrides()
        return [model.canonicalForm, experiment.task.canonicalForm, String(experiment.steps), String(experiment.batch),
                experiment.optimizer(for: m).canonicalForm, String(experiment.clip(for: m)),
                experiment.schedule(for: m).canonicalForm, String(experiment.evalEvery),
                String(id.seed), String(experiment.saveWeights.contains(.`init`))].joined(separator: "|")
    }

    /// The engine's estimate of the run's peak memory, for the workers' budget.
    var peakBytes: Double {
        // A baseline's fit holds its training sequences and a few small systems.
        experiment.models[id.model].network.map { TrainingMemory.peakBytes($0, task: task, batch: experiment.batch) } ?? 0
    }
}

/// What training one job gave.
struct TrainingOutput: Sendable {
    var run: SeedRun?
    var parameterCount: Int
    var error: String?
    var seconds: Double
}
