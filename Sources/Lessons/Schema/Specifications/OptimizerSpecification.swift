/// An optimiser with PyTorch's defaults for whatever is not written.
public enum OptimizerSpecification: Hashable, Sendable, CanonicalForm {
    case adam(lr: Double, beta1: Double, beta2: Double)
    case sgd(lr: Double, momentum: Double)
    case rmsprop(lr: Double, alpha: Double)

    /// The default of `experiment`: `adam(lr: 0.001)`.
    public static let standard = OptimizerSpecification.adam(lr: 0.001, beta1: 0.9, beta2: 0.999)

    public var learningRate: Double {
        switch self {
        case .adam(let lr, _, _), .sgd(let lr, _), .rmsprop(let lr, _): lr
        }
    }

    public var canonicalForm: String {
        switch self {
        case .adam(let lr, let beta1, let beta2):
            Canonical.call("adam", [("lr", Canonical.number(lr)), ("beta1", Canonical.number(beta1)), ("beta2", Canonical.number(beta2))])
        case .sgd(let lr, let momentum):
            Canonical.call("sgd", [("lr", Canonical.number(lr)), ("momentum", Canonical.number(momentum))])
        case .rmsprop(let lr, let alpha):
            Canonical.call("rmsprop", [("lr", Canonical.number(lr)), ("alpha", Canonical.number(alpha))])
        }
    }
}
