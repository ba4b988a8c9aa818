import Engine

/// An estimate of the work an experiment asks for, bounded at check time.
///
/// Training one model for one step on one sequence costs about
/// 3 × 2 × gates × hidden × (input + hidden) × layers × length floating-point
/// operations: one multiply-add per weight per time step forward, about twice
/// that backward. Heads, losses and element-wise work are small beside it.
public struct ExperimentCost: Hashable, Sendable {
    /// The most floating-point operations one experiment may ask for: about an
    /// hour of single-core training at a few GFLOP/s. The course's largest
    /// experiment needs about 1e12.
    public static let maximumOperations = 2.0e13
    /// The most bytes that the stored activations of one model's backward pass may take.
    public static let maximumActivationBytes = 2.0e9

    /// Estimated floating-point operations of the whole experiment, all models and seeds.
    public var operations: Double
    /// Estimated bytes of activations kept for back-propagation by the largest model.
    public var activationBytes: Double

    /// The estimate for training `models` on `task` (with `inputWidth` inputs per step).
    public init(models: [ModelSpecification], task: TaskSpec, inputWidth: Int,
                steps: Int, batch: Int, seeds: Int) {
        var operations = 0.0
        var activationBytes = 0.0
        let length = Double(task.sequenceLength)
        // A baseline's least-squares fit is negligible beside any network's training.
        for model in models {
            guard let network = model.network else { continue }
            let hidden = Double(network.hidden), gates = Double(model.gateCount), layers = Double(network.layers)
            let perStep = 6 * gates * hidden * (Double(max(inputWidth, network.hidden)) + hidden) * layers
            operations += perStep * length * Double(batch) * Double(steps) * Double(seeds)
            // Gates, cell and hidden state per layer and time step, in Float32.
            activationBytes = max(activationBytes, 4 * (gates + 2) * hidden * layers * length * Double(batch))
        }
        self.operations = operations
        self.activationBytes = activationBytes
    }

    /// `1.2e+13`: two significant digits, enough to compare with the limit.
    static func format(_ value: Double) -> String {
        guard value.isFinite, value > 0 else { return "\(value)" }
        var exponent = 0
        var mantissa = value
        while mantissa >= 10 { mantissa /= 10; exponent += 1 }
        while mantissa < 1 { mantissa *= 10; exponent -= 1 }
        let rounded = (mantissa * 10).rounded() / 10
        return "\(rounded)e\(exponent)"
    }
}

extension TaskSpec {
    /// Inputs per time step for cost bounds: the engine's width, or for text an upper
    /// estimate (the vocabulary is known only once the corpus is read).
    var inputWidthEstimate: Int { inputSize ?? 128 }
}
