/// A predictor a student would try before a recurrent network, for tasks that
/// predict the next value of a real-valued sequence (the damped sine).
public enum Baseline: Sendable, Hashable, Codable {
    /// x̂(t + 1) = x(t): repeat the last value.
    case persistence
    /// x̂(t + 1) = c + a₁·x(t) + … + a_k·x(t − k + 1), fitted by least squares on
    /// training sequences. Where fewer than k values have been read (the first
    /// k − 1 steps), the fit of the order that the history allows is used, so
    /// every step is predicted from everything read so far.
    case autoregressive(order: Int)

    /// The largest order accepted: far more history than a lesson's sequences need.
    public static let maximumOrder = 64

    /// The number of fitted numbers (intercept and coefficients of every order used).
    public var parameterCount: Int {
        switch self {
        case .persistence: 0
        case .autoregressive(let k): (1...k).reduce(0) { $0 + $1 + 1 }
        }
    }

    /// Checks the order and that `task` predicts the next value of a real-valued sequence.
    public func validate(for task: TaskSpec) throws(EngineError) {
        if case .autoregressive(let k) = self, !(1...Self.maximumOrder).contains(k) {
            throw .invalidParameter("ar(order:) must be between 1 and \(Self.maximumOrder), got \(k)")
        }
        guard task.predictsNextValue, !task.hasSymbolInput else {
            throw .invalidParameter(
                "a baseline predicts the next value of a real-valued sequence; \(task.name) is not one (use dampedSine)")
        }
    }
}
