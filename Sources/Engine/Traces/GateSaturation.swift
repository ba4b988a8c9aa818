/// How many of a forward pass's gate values sit at the flat ends of the
/// sigmoid, per gate.
///
/// A gate value within ``margin`` (0.01) of 0 or 1 counts as saturated: there
/// σ′ = σ(1 − σ) < 0.0099, under 4 % of its largest value 1/4, so a gradient
/// through that gate is scaled down by a factor of at least 25 and the gate
/// is, for learning, stuck open or shut (its pre-activation is beyond
/// ±ln 99 ≈ ±4.6). The candidate (a tanh) is not a gate and is left out.
public enum GateSaturation {
    /// The distance from 0 or 1 within which a gate value counts as saturated.
    public static let margin = 0.01

    /// The fraction of saturated values of each sigmoid gate over every
    /// layer, step, sequence and unit of `pass`; empty for an rnn.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public static func fractions<Scalar: EngineScalar>(_ pass: ForwardPass<Scalar>) throws(EngineError) -> [Gate: Double] {
        var saturated: [Gate: Int] = [:]
        var counts: [Gate: Int] = [:]
        let low = Scalar(margin), high = Scalar(1 - margin)
        for layer in pass.records.indices {
            let trace = try pass.trace(layer: layer)
            for (gate, tensor) in trace.gates where gate != .candidate {
                var n = 0
                for v in tensor.values where v < low || v > high { n += 1 }
                saturated[gate, default: 0] += n
                counts[gate, default: 0] += tensor.values.count
            }
        }
        var fractions: [Gate: Double] = [:]
        for (gate, count) in counts where count > 0 {
            fractions[gate] = Double(saturated[gate] ?? 0) / Double(count)
        }
        return fractions
    }
}
