import Engine
import Lessons

/// What running would find wrong, found before running: each check here calls the same
/// engine code the runners call (task construction, input encoding, the prediction's
/// output shape), so `check` and `build` cannot disagree about them.
public enum Preflight {
    /// Errors, located at the option at fault, for directives that would fail when run.
    public static func check(_ checked: CheckedCourse) -> [Diagnostic] {
        let root = checked.course.root
        let all = checked.directives.directives
        var experiments: [String: ExperimentDirective] = [:]
        var diagnostics: [Diagnostic] = []
        for directive in all {
            guard case .experiment(let experiment) = directive.content, let name = directive.name else { continue }
            experiments[name] = experiment
            do {
                let task = try TaskFiles.task(experiment.task, root: root)
                for (index, model) in experiment.models.enumerated() {
                    guard let network = model.network else { continue }
                    let bytes = TrainingMemory.peakBytes(network, task: task, batch: experiment.batch)
                    guard bytes > TrainingMemory.budget else { continue }
                    diagnostics.append(.error(
                        in: directive.kindRange,
                        "model '\(experiment.labels[index])' needs about \(TrainingMemory.format(bytes)) to train, more than the build's memory budget of \(TrainingMemory.format(TrainingMemory.budget))",
                        hint: "use a smaller batch, a shorter sequence, fewer layers or fewer hidden units"))
                }
            } catch {
                diagnostics.append(.error(in: experiment.taskRange ?? directive.kindRange, "this task cannot run: \(error)",
                                          hint: "fix the task's options; this is what the build would stop at"))
            }
        }
        for directive in all {
            switch directive.content {
            case .activations(let activations):
                guard case .text(let text) = activations.input, let experiment = experiments[activations.experiment.name],
                      let task = try? TaskFiles.task(experiment.task, root: root) else { continue }
                do {
                    _ = try task.encode(text, as: Float.self)
                } catch {
                    diagnostics.append(.error(in: activations.inputRange ?? directive.kindRange, "this input cannot be read by the model: \(error)",
                                              hint: inputHint(task)))
                }
            case .prediction(let prediction):
                guard let experiment = experiments[prediction.experiment.name],
                      let task = try? TaskFiles.task(experiment.task, root: root) else { continue }
                if let problem = PredictionRunner.unplottable(task, name: experiment.task.name) {
                    diagnostics.append(.error(in: prediction.experiment.range, problem,
                                              hint: "a prediction plots one real-valued output per step: use a dampedSine or adding experiment"))
                }
            default:
                continue
            }
        }
        return diagnostics
    }

    static func inputHint(_ task: SequenceTask) -> String {
        guard let vocabulary = task.inputSymbols, !vocabulary.isEmpty else { return "give ':seed: n' instead of an input string" }
        let shown = vocabulary.prefix(40).joined()
        return "use only the task's symbols: \(shown)\(vocabulary.count > 40 ? "…" : "")"
    }
}
