import Engine
import Lessons

/// What running would find wrong, found before running: each check here calls the same
/// engine code the runners call (task construction, input encoding, the prediction's
/// output shape), so `check` and `build` cannot disagree about them.
public enum Preflight {
    /// Errors, located at the option at fault, for directives that would fail when run.
    public static func check(_ checked: CheckedCourse) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let tasks = experimentTasks(checked, &diagnostics)
        for directive in checked.directives.directives {
            switch directive.content {
            case .activations(let activations):
                // An experiment whose task cannot be made has its error already; there is nothing to check against.
                guard case .text(let text) = activations.input, let task = tasks[activations.experiment.name]?.task else { continue }
                do {
                    _ = try task.encode(text, as: Float.self)
                } catch {
                    diagnostics.append(.error(in: activations.inputRange ?? directive.kindRange, "this input cannot be read by the model: \(error)",
                                              hint: inputHint(task)))
                }
            case .prediction(let prediction):
                guard let (name, task) = tasks[prediction.experiment.name],
                      let problem = PredictionRunner.unplottable(task, name: name) else { continue }
                diagnostics.append(.error(in: prediction.experiment.range, problem,
                                          hint: "a prediction plots one real-valued output per step: use a dampedSine or adding experiment"))
            default:
                continue
            }
        }
        return diagnostics
    }

    /// Each experiment's task (its name in the lesson, and the engine's task) by the
    /// experiment's name; an error for a task that cannot be made and for a model that would
    /// not fit in the memory budget.
    static func experimentTasks(_ checked: CheckedCourse, _ diagnostics: inout [Diagnostic]) -> [String: (name: String, task: SequenceTask)] {
        var tasks: [String: (name: String, task: SequenceTask)] = [:]
        for directive in checked.directives.directives {
            guard case .experiment(let experiment) = directive.content, let name = directive.name else { continue }
            let task: SequenceTask
            do {
                task = try TaskFiles.task(experiment.task, root: checked.course.root)
            } catch {
                diagnostics.append(.error(in: experiment.taskRange ?? directive.kindRange, "this task cannot run: \(error)",
                                          hint: "fix the task's options; this is what the build would stop at"))
                continue
            }
            tasks[name] = (experiment.task.name, task)
            for (index, model) in experiment.models.enumerated() {
                guard let network = model.network else { continue }  // a baseline's fit is small
                let bytes = TrainingMemory.peakBytes(network, task: task, batch: experiment.batch)
                guard bytes > TrainingMemory.budget else { continue }
                diagnostics.append(.error(
                    in: directive.kindRange,
                    "model '\(experiment.labels[index])' needs about \(TrainingMemory.format(bytes)) to train, more than the build's memory budget of \(TrainingMemory.format(TrainingMemory.budget))",
                    hint: "use a smaller batch, a shorter sequence, fewer layers or fewer hidden units"))
            }
        }
        return tasks
    }

    static func inputHint(_ task: SequenceTask) -> String {
        guard let vocabulary = task.inputSymbols, !vocabulary.isEmpty else { return "give ':seed: n' instead of an input string" }
        let shown = vocabulary.prefix(40).joined()
        return "use only the task's symbols: \(shown)\(vocabulary.count > 40 ? "…" : "")"
    }
}
