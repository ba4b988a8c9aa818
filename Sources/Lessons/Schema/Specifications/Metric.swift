import Engine

public enum Metric: String, Hashable, Sendable, CaseIterable {
    case solved, finalLoss, bestLoss, stepsToThreshold, stepsQ1, stepsQ3, finalLossLow, finalLossHigh
    case solvedCount, diverged, seeds, parameters
    /// Median over seeds of the last evaluation's fraction of positions predicted right (classifying tasks).
    case accuracy
    /// Median over seeds of the final held-out loss in bits per character (text tasks): nats ÷ ln 2.
    case bitsPerCharacter

    /// Why the metric has no value for `task`'s results, or nil when it has one.
    public func unavailable(for task: TaskSpec) -> String? {
        switch self {
        case .accuracy where !task.classifies:
            "the \(task.name) task predicts values, not classes, so it has no accuracy"
        case .bitsPerCharacter where !(task.name == "text"):
            "bits per character are for text tasks; \(task.name) is not one"
        default: nil
        }
    }

    /// The columns a table shows when it names none.
    public static let standard: [Metric] = [.solved, .finalLoss, .bestLoss, .stepsToThreshold, .parameters]
}
