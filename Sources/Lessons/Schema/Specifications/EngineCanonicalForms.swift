import Engine
import Figures

// The engine's descriptions of tasks, initialisations, optimisers and schedules are
// the types lessons are read into; their canonical forms (what cache keys and
// labels are made of) are a lesson concern, so they are defined here.

extension TaskSpec: CanonicalForm {
    public var canonicalForm: String {
        switch self {
        case .adding(let length):
            Canonical.call(name, [("length", length.canonical)])
        case .copy(let length, let count):
            Canonical.call(name, [("length", length.canonical), ("count", count.canonical)])
        case .temporalOrder(let length):
            Canonical.call(name, [("length", length.canonical)])
        case .brackets(let length, let maxDepth):
            Canonical.call(name, [("length", length.canonical), ("maxDepth", maxDepth.canonical)])
        case .dampedSine(let length, let period, let decay):
            // One period is written as the number it always was, so those forms (and keys) stay.
            Canonical.call(name, [("length", length.canonical), ("period", period.lowerBound == period.upperBound
                                      ? Canonical.number(period.lowerBound)
                                      : Canonical.number(period.lowerBound) + "..." + Canonical.number(period.upperBound)),
                                  ("decay", Canonical.number(decay))])
        case .text(.inline(let source), let length):
            Canonical.call(name, [("source", Canonical.string(source)), ("length", length.canonical)])
        case .text(.file(let file), let length):
            Canonical.call(name, [("file", Canonical.string(file)), ("length", length.canonical)])
        }
    }
}

extension Initialization: CanonicalForm {
    /// `orthogonal` is `orthogonal(gain: 1.0)`: two spellings of one initialisation share a form.
    public var canonicalForm: String {
        switch self {
        case .pytorch: "pytorch"
        case .xavier: "xavier"
        case .orthogonal(let gain): Canonical.call("orthogonal", [("gain", Canonical.number(gain))])
        case .chrono(let maxLength): Canonical.call("chrono", [("maxLength", maxLength.canonical)])
        }
    }
}

extension OptimizerSettings: CanonicalForm {
    /// The default of `experiment`: `adam(lr: 0.001)`, PyTorch's betas.
    public static let standard = OptimizerSettings.adam(learningRate: 0.001)

    /// The arguments a lesson can write; ε (which it cannot) only when it is not PyTorch's 1e-8,
    /// so the forms of every lesson's optimiser stay as they were.
    public var canonicalForm: String {
        switch self {
        case .adam(let lr, let beta1, let beta2, let epsilon):
            Canonical.call("adam", [("lr", Canonical.number(lr)), ("beta1", Canonical.number(beta1)),
                                    ("beta2", Canonical.number(beta2))] + Self.epsilonArgument(epsilon))
        case .sgd(let lr, let momentum):
            Canonical.call("sgd", [("lr", Canonical.number(lr)), ("momentum", Canonical.number(momentum))])
        case .rmsprop(let lr, let alpha, let epsilon):
            Canonical.call("rmsprop", [("lr", Canonical.number(lr)), ("alpha", Canonical.number(alpha))]
                                      + Self.epsilonArgument(epsilon))
        }
    }

    private static func epsilonArgument(_ epsilon: Double) -> [(String, String)] {
        epsilon == 1e-8 ? [] : [("eps", Canonical.number(epsilon))]
    }
}

extension LearningRateSchedule: CanonicalForm {
    public var canonicalForm: String {
        switch self {
        case .constant: "constant"
        case .step(let every, let factor):
            Canonical.call("step", [("every", every.canonical), ("factor", Canonical.number(factor))])
        case .cosine(let minimum): Canonical.call("cosine", [("minimum", Canonical.number(minimum))])
        case .warmup(let steps): Canonical.call("warmup", [("steps", steps.canonical)])
        }
    }
}

extension PlotFunction: CanonicalForm {
    /// The curves a `function-plot` names, as a lesson writes them.
    static let names = ["sigmoid", "tanh", "relu", "hardSigmoid", "step", "identity"]

    public var canonicalForm: String {
        switch self {
        case .sigmoid(let k): Canonical.call("sigmoid", [("k", Canonical.number(k))])
        case .tanh: "tanh"
        case .relu: "relu"
        case .hardSigmoid: "hardSigmoid"
        case .step: "step"
        case .identity: "identity"
        }
    }
}
