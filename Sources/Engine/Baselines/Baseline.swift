/// A predictor a student would try before a recurrent network: for the next value of a
/// real-valued sequence (the damped sine), persistence and autoregression; for the next
/// character of a text, the character frequencies alone or given the previous character.
public enum Baseline: Sendable, Hashable, Codable {
    /// x̂(t + 1) = x(t): repeat the last value.
    case persistence
    /// x̂(t + 1) = c + a₁·x(t) + … + a_k·x(t − k + 1), fitted by least squares on
    /// training sequences. Where fewer than k values have been read (the first
    /// k − 1 steps), the fit of the order that the history allows is used, so
    /// every step is predicted from everything read so far.
    case autoregressive(order: Int)
    /// p(next) = the character's frequency in the text (no context at all).
    case unigram
    /// p(next | previous) = (n(previous, next) + 1) / (n(previous, ·) + V), the text's pair
    /// counts with add-one smoothing over the V characters, so no pair has probability 0.
    case bigram

    /// The largest order accepted: far more history than a lesson's sequences need.
    public static let maximumOrder = 64

    /// Whether it predicts characters of a text (else values of a real-valued sequence).
    public var readsText: Bool {
        switch self {
        case .unigram, .bigram: true
        case .persistence, .autoregressive: false
        }
    }

    /// Checks the order and that `task` is one the baseline predicts.
    public func validate(for task: TaskSpec) throws(EngineError) {
        if case .autoregressive(let k) = self, !(1...Self.maximumOrder).contains(k) {
            throw .invalidParameter("ar(order:) must be between 1 and \(Self.maximumOrder), got \(k)")
        }
        if readsText {
            guard case .text = task else {
                throw .invalidParameter("a character model predicts the next character of a text; \(task.name) is not one")
            }
            return
        }
        guard task.predictsNextValue, !task.hasSymbolInput else {
            throw .invalidParameter(
                "a baseline predicts the next value of a real-valued sequence; \(task.name) is not one (use dampedSine)")
        }
    }
}
