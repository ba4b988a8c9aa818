import Engine

extension PredictionRunner {
    /// Why a prediction cannot be drawn for `task`, or nil: it plots one real-valued output
    /// per step, which is what ``run(_:experiment:result:root:)`` requires of the batch.
    static func unplottable(_ task: SequenceTask, name: String) -> String? {
        guard task.outputSize == 1, !task.loss.isClassification else {
            return "prediction plots one real-valued output; the \(name) task has \(task.outputSize) "
                + (task.loss.isClassification ? "classes" : "outputs")
        }
        return nil
    }
}
