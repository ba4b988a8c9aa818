/// What a claim expression (or a part of it) evaluates to.
public enum ClaimType: String, Hashable, Sendable {
    /// One number.
    case number
    /// One number per seed (+∞ for a seed that never got there).
    case sample
    /// True or false.
    case boolean
}

/// The directive a claim function reads, named by the claim's option of the same name.
public enum ClaimSource: String, Hashable, Sendable, CaseIterable {
    case experiment, gradients, activations, prediction
}

/// A function that claims may call: its parameters, its result and the source it reads.
public struct ClaimFunction: Hashable, Sendable {
    public enum Parameter: Hashable, Sendable {
        /// A model of the source, by its label (`"bias 3"`) or 1-based index.
        case model
        case number(label: String?, default: Double?)
        case integer(label: String, default: Int?)
        case sample
        /// One of a few words (`when: init`, a feature such as `depth`).
        case word(label: String?, choices: [String], default: String?)
    }

    public var name: String
    public var parameters: [Parameter]
    public var result: ClaimType
    public var source: ClaimSource?
    /// One line for the reference and for did-you-mean hints.
    public var summary: String

    /// Whether it reads what training recorded (gradient norms, clipping, gate saturation),
    /// which a baseline, fitted rather than trained, does not have.
    public var readsTraining: Bool { ["maxGradNorm", "clippedFraction", "saturation"].contains(name) }

    /// `steps("bias 3")`, `gradient("bias 0", step: 1)`: as an author would write a call.
    public var signature: String {
        let parts = parameters.map { parameter -> String in
            switch parameter {
            case .model: "model"
            case .number(let label, let value): (label.map { "\($0): " } ?? "") + (value.map { Canonical.number($0) } ?? "number")
            case .integer(let label, let value): "\(label): " + (value.map(String.init) ?? "integer")
            case .sample: "sample"
            case .word(let label, let choices, _): (label.map { "\($0): " } ?? "") + choices.joined(separator: "|")
            }
        }
        return "\(name)(\(parts.joined(separator: ", ")))"
    }
}

extension ClaimFunction {
    /// Every function a claim can call.
    public static let all: [ClaimFunction] = outcomes + traces + gradients + activations + predictions + aggregates + tests

    static let outcomes: [ClaimFunction] = [
        ClaimFunction(name: "steps", parameters: [.model], result: .sample, source: .experiment,
                      summary: "per seed, the first evaluated step at or below the threshold (+∞: never)"),
        ClaimFunction(name: "finalLoss", parameters: [.model], result: .sample, source: .experiment,
                      summary: "per seed, the held-out loss at the end (+∞ for a seed that diverged)"),
        ClaimFunction(name: "bestLoss", parameters: [.model], result: .sample, source: .experiment,
                      summary: "per seed, the lowest held-out loss (+∞ for a seed that diverged at once)"),
        ClaimFunction(name: "solved", parameters: [.model], result: .number, source: .experiment,
                      summary: "how many seeds reached the threshold without diverging"),
        ClaimFunction(name: "diverged", parameters: [.model], result: .number, source: .experiment,
                      summary: "how many seeds diverged (loss or gradient not finite)"),
        ClaimFunction(name: "seeds", parameters: [.model], result: .number, source: .experiment,
                      summary: "how many seeds ran"),
        ClaimFunction(name: "accuracy", parameters: [.model], result: .sample, source: .experiment,
                      summary: "per seed, the fraction of positions predicted right at the end (tasks that predict classes)"),
        ClaimFunction(name: "bitsPerCharacter", parameters: [.model], result: .sample, source: .experiment,
                      summary: "per seed, the final held-out loss in bits per character: nats ÷ ln 2 (text tasks)"),
    ]

    static let moments = ["init", "trained"]

    /// The sigmoid gates whose saturation training records.
    public static let saturatingGates = ["forget", "input", "output", "reset", "update"]

    static let traces: [ClaimFunction] = [
        ClaimFunction(name: "maxGradNorm", parameters: [.model], result: .sample, source: .experiment,
                      summary: "per seed, the largest global gradient norm (before clipping) of any training step"),
        ClaimFunction(name: "clippedFraction", parameters: [.model], result: .sample, source: .experiment,
                      summary: "per seed, the fraction of training steps whose gradients clipping scaled down"),
        ClaimFunction(name: "saturation", parameters: [.model, .word(label: "gate", choices: saturatingGates, default: nil),
                                                       .word(label: "when", choices: moments, default: "trained")],
                      result: .sample, source: .experiment,
                      summary: "per seed, the fraction of the gate's values within 0.01 of 0 or 1 on a training batch, "
                          + "before training (init) or at the last evaluation (trained)"),
    ]

    static let gradients: [ClaimFunction] = [
        ClaimFunction(name: "gradient", parameters: [.model, .integer(label: "step", default: nil),
                                                     .word(label: "when", choices: moments, default: "init")],
                      result: .sample, source: .gradients,
                      summary: "per seed, ‖∂L/∂h_t‖ at time step t (1 = the first input)"),
        ClaimFunction(name: "ordersLost", parameters: [.model, .word(label: "when", choices: moments, default: "init")],
                      result: .sample, source: .gradients,
                      summary: "per seed, log10 of ‖∂L/∂h‖ at the last step over ‖∂L/∂h‖ at the first (+∞ if it underflows to 0)"),
    ]

    static let activations: [ClaimFunction] = [
        ClaimFunction(name: "correlation", parameters: [.word(label: nil, choices: ActivationFeature.allCases.map(\.rawValue), default: nil),
                                                        .integer(label: "rank", default: 1)],
                      result: .number, source: .activations,
                      summary: "|Pearson r| between a feature of the input and the unit that ranks `rank` by it"),
    ]

    static let predictions: [ClaimFunction] = [
        ClaimFunction(name: "predictionError", parameters: [], result: .number, source: .prediction,
                      summary: "mean squared error of the prediction over the steps shown"),
        ClaimFunction(name: "freeRunError", parameters: [], result: .number, source: .prediction,
                      summary: "mean squared error over the steps the model ran free"),
    ]

    static let aggregates: [ClaimFunction] = ["median", "q1", "q3", "mean", "min", "max"].map { name in
        ClaimFunction(name: name, parameters: [.sample], result: .number, source: nil,
                      summary: "\(name) over seeds (+∞ counts as larger than every number)")
    } + [
        ClaimFunction(name: "abs", parameters: [.number(label: nil, default: nil)], result: .number, source: nil, summary: "absolute value"),
        ClaimFunction(name: "log10", parameters: [.number(label: nil, default: nil)], result: .number, source: nil, summary: "base-10 logarithm"),
    ]

    static let tests: [ClaimFunction] = [
        ClaimFunction(name: "less", parameters: [.sample, .sample, .number(label: "level", default: 0.05)], result: .boolean, source: nil,
                      summary: "a one-sided rank-sum test finds the first sample smaller at the level"),
        ClaimFunction(name: "greater", parameters: [.sample, .sample, .number(label: "level", default: 0.05)], result: .boolean, source: nil,
                      summary: "a one-sided rank-sum test finds the first sample larger at the level"),
        ClaimFunction(name: "noDifference", parameters: [.sample, .sample, .number(label: "level", default: 0.05)], result: .boolean, source: nil,
                      summary: "a two-sided rank-sum test does not reject equality at the level"),
    ]

    /// The words that stand for numbers of the experiment.
    public static let constants: [String: String] = [
        "baseline": "the loss of the best blind predictor for the task",
        "threshold": "the loss a seed must reach to count as solved (default: half the baseline)",
    ]

    public static func named(_ name: String) -> ClaimFunction? { all.first { $0.name == name } }
}

/// A feature of an input sequence that a unit's value can be correlated with.
public enum ActivationFeature: String, Hashable, Sendable, CaseIterable {
    /// The bracket depth after each symbol (brackets task).
    case depth
    /// The time step, 1, 2, …
    case position
}

/// How a claim's comparisons are tested across seeds (`:test:`).
public enum ClaimTest: Hashable, Sendable, CanonicalForm {
    /// Every comparison of two aggregated samples also passes a one-sided
    /// Wilcoxon–Mann–Whitney rank-sum test at `level` (unsolved seeds tie at +∞).
    case rankSum(level: Double)

    public var level: Double {
        switch self { case .rankSum(let level): level }
    }

    public var canonicalForm: String {
        switch self { case .rankSum(let level): Canonical.call("rankSum", [("level", Canonical.number(level))]) }
    }
}
