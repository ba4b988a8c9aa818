public enum Metric: String, Hashable, Sendable, CaseIterable {
    case solved, finalLoss, bestLoss, stepsToThreshold, stepsQ1, stepsQ3, finalLossLow, finalLossHigh
    case solvedCount, diverged, seeds, parameters

    /// The columns a table shows when it names none.
    public static let standard: [Metric] = [.solved, .finalLoss, .bestLoss, .stepsToThreshold, .parameters]
}
