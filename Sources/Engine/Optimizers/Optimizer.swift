/// An optimiser with its state, updating parameters in place exactly as
/// PyTorch's single-tensor (CPU, non-fused, non-foreach) implementations do.
///
/// Operations follow PyTorch's order so that Float32 results agree with it
/// to rounding: `add_(x, alpha: a)` is `p + a·x`, `addcmul_(s, t, value: v)`
/// is `p + (v·s)·t`, `addcdiv_(s, t, value: v)` is `p + (v·s)/t`, and
/// `lerp_(g, w)` for `w < 0.5` is `m + w·(g − m)`.
///
/// Adam's bias corrections `1 − βᵗ` are computed in `Double`, as Python
/// floats are in PyTorch, with `βᵗ` kept in the state and multiplied by `β`
/// once per step rather than by a `pow`: repeated multiplication is exact
/// enough (relative error below t·2⁻⁵³) and needs no transcendental call.
public struct Optimizer<Scalar: EngineScalar>: Sendable {
    /// The optimiser and its hyperparameters.
    public let settings: OptimizerSettings
    /// How many updates have been applied.
    public private(set) var stepCount = 0
    /// The learning-rate schedule's factor for the next update; 1 (the
    /// default) leaves every update exactly as without a schedule, since
    /// `lr × 1.0` is `lr`.
    public var learningRateFactor = 1.0

    /// First-moment state: SGD's momentum buffer, Adam's `exp_avg`.
    private var first: [String: [Scalar]] = [:]
    /// Second-moment state: RMSProp's `square_avg`, Adam's `exp_avg_sq`.
    private var second: [String: [Scalar]] = [:]
    private var beta1Power = 1.0
    private var beta2Power = 1.0

    /// Creates an optimiser with empty state.
    /// - Throws: `EngineError.invalidParameter` for a learning rate ≤ 0 or
    ///   other hyperparameters out of range.
    public init(_ settings: OptimizerSettings) throws(EngineError) {
        try settings.validate()
        self.settings = settings
    }

    /// Applies one update to every parameter from its gradient.
    /// - Parameters:
    ///   - parameters: the model's parameters, updated in place.
    ///   - gradients: a gradient for every parameter, same names and shapes.
    /// - Throws: `missingTensor` or `shapeMismatch` when the gradients do not
    ///   fit the parameters (nothing is updated then).
    public mutating func step(
        parameters: inout NamedTensors<Scalar>, gradients: NamedTensors<Scalar>
    ) throws(EngineError) {
        for (name, tensor) in parameters.tensors {
            guard let gradient = gradients[name] else {
                throw .missingTensor("no gradient for parameter \(name)")
            }
            guard gradient.shape == tensor.shape else {
                throw .shapeMismatch(
                    "gradient of \(name) has shape \(gradient.shape), the parameter \(tensor.shape)")
            }
        }
        stepCount += 1
        beta1Power *= adamBetas.beta1
        beta2Power *= adamBetas.beta2
        for (name, tensor) in parameters.tensors {
            guard let gradient = gradients[name] else { continue }
            var values = tensor.values
            update(&values, gradient: gradient.values, name: name)
            parameters[name]?.values = values
        }
    }

    private var adamBetas: (beta1: Double, beta2: Double) {
        if case .adam(_, let beta1, let beta2, _) = settings { return (beta1, beta2) }
        return (1, 1)
    }

    private mutating func update(_ p: inout [Scalar], gradient g: [Scalar], name: String) {
        switch settings {
        case .sgd(let baseLR, let momentum):
            let lr = baseLR * learningRateFactor
            let minusLR = Scalar(-lr)
            guard momentum != 0 else {
                for i in p.indices { p[i] = p[i] + minusLR * g[i] }
                return
            }
            let m = Scalar(momentum)
            var buffer = first[name] ?? g  // torch.clone(grad) on the first step
            if first[name] != nil {
                for i in buffer.indices { buffer[i] = buffer[i] * m + g[i] }
            }
            for i in p.indices { p[i] = p[i] + minusLR * buffer[i] }
            first[name] = buffer

        case .rmsprop(let baseLR, let alpha, let epsilon):
            let lr = baseLR * learningRateFactor
            let a = Scalar(alpha), oneMinusA = Scalar(1 - alpha)
            let minusLR = Scalar(-lr), eps = Scalar(epsilon)
            var square = second[name] ?? Array(repeating: 0, count: p.count)
            for i in p.indices {
                square[i] = square[i] * a + (oneMinusA * g[i]) * g[i]
                let average = square[i].squareRoot() + eps
                p[i] = p[i] + (minusLR * g[i]) / average
            }
            second[name] = square

        case .adam(let baseLR, let beta1, let beta2, let epsilon):
            let lr = baseLR * learningRateFactor
            let weight = Scalar(1 - beta1)
            let b2 = Scalar(beta2), oneMinusB2 = Scalar(1 - beta2)
            let stepSize = lr / (1 - beta1Power)
            let correction2 = Scalar((1 - beta2Power).squareRoot())
            let minusStep = Scalar(-stepSize), eps = Scalar(epsilon)
            var mean = first[name] ?? Array(repeating: 0, count: p.count)
            var square = second[name] ?? Array(repeating: 0, count: p.count)
            for i in p.indices {
                mean[i] = mean[i] + weight * (g[i] - mean[i])
                square[i] = square[i] * b2 + (oneMinusB2 * g[i]) * g[i]
                let denominator = square[i].squareRoot() / correction2 + eps
                p[i] = p[i] + (minusStep * mean[i]) / denominator
            }
            first[name] = mean
            second[name] = square
        }
    }
}
