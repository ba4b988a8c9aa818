/// Which optimiser to train with and its hyperparameters, with PyTorch's
/// defaults (`torch.optim.SGD`, `RMSprop`, `Adam`).
///
/// Hyperparameters are `Double`, as they are Python floats in PyTorch; they
/// are rounded to the parameters' scalar type where the update uses them,
/// the way PyTorch's CPU kernels use a Python scalar on a float32 tensor.
public enum OptimizerSettings: Sendable, Equatable, Hashable {
    /// Stochastic gradient descent with heavy-ball momentum (dampening 0,
    /// no Nesterov, no weight decay).
    case sgd(learningRate: Double, momentum: Double = 0)
    /// RMSProp, not centred, without momentum.
    case rmsprop(learningRate: Double, alpha: Double = 0.99, epsilon: Double = 1e-8)
    /// Adam with bias correction (not AMSGrad, no weight decay).
    case adam(learningRate: Double, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8)

    /// The learning rate, whichever the optimiser.
    public var learningRate: Double {
        switch self {
        case .sgd(let lr, _), .rmsprop(let lr, _, _), .adam(let lr, _, _, _): lr
        }
    }

    /// Checks the hyperparameters the way PyTorch's constructors do.
    /// - Throws: `EngineError.invalidParameter` naming the bad value.
    public func validate() throws(EngineError) {
        let lr = learningRate
        guard lr.isFinite, lr > 0 else {
            throw .invalidParameter("learning rate must be a positive number, got \(lr)")
        }
        switch self {
        case .sgd(_, let momentum):
            guard momentum.isFinite, momentum >= 0 else {
                throw .invalidParameter("SGD momentum must be ≥ 0, got \(momentum)")
            }
        case .rmsprop(_, let alpha, let epsilon):
            guard alpha.isFinite, alpha >= 0, alpha < 1 else {
                throw .invalidParameter("RMSProp alpha must be in [0, 1), got \(alpha)")
            }
            try Self.checkEpsilon(epsilon)
        case .adam(_, let beta1, let beta2, let epsilon):
            guard beta1.isFinite, beta1 >= 0, beta1 < 1 else {
                throw .invalidParameter("Adam beta1 must be in [0, 1), got \(beta1)")
            }
            guard beta2.isFinite, beta2 >= 0, beta2 < 1 else {
                throw .invalidParameter("Adam beta2 must be in [0, 1), got \(beta2)")
            }
            try Self.checkEpsilon(epsilon)
        }
    }

    private static func checkEpsilon(_ epsilon: Double) throws(EngineError) {
        guard epsilon.isFinite, epsilon > 0 else {
            throw .invalidParameter("epsilon must be a positive number, got \(epsilon)")
        }
    }
}
