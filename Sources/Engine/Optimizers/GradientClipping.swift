/// Rescales gradients so that their global L2 norm is at most `maxNorm`,
/// with `torch.nn.utils.clip_grad_norm_`'s rule.
///
/// The norm is `sqrt(Σ g²)` over every tensor in the gradients' fixed order,
/// accumulated in `Double` (so Float32 gradients give the same norm on every
/// machine, and a more accurate one than a Float32 sum). The coefficient is
/// `maxNorm / (norm + 1e-6)` and the gradients are multiplied by it only when
/// it is below 1. A non-finite norm leaves the gradients untouched; the
/// training loop reports it as divergence.
/// - Parameters:
///   - gradients: the gradients, scaled in place.
///   - maxNorm: the largest norm allowed; must be positive.
/// - Returns: the norm before clipping, as PyTorch returns it.
/// - Throws: `EngineError.invalidParameter` for a `maxNorm` ≤ 0.
@discardableResult
public func clipGradientNorm<Scalar: EngineScalar>(
    _ gradients: inout NamedTensors<Scalar>, maxNorm: Double
) throws(EngineError) -> Double {
    guard maxNorm.isFinite, maxNorm > 0 else {
        throw .invalidParameter("the clipping norm must be positive, got \(maxNorm)")
    }
    let norm = globalNorm(gradients)
    guard let coefficient = clippingCoefficient(norm: norm, maxNorm: maxNorm) else { return norm }
    let scale = Scalar(coefficient)
    for name in gradients.names {
        guard var tensor = gradients[name] else { continue }
        for i in tensor.values.indices { tensor.values[i] = tensor.values[i] * scale }
        gradients[name] = tensor
    }
    return norm
}

/// The factor clipping multiplies gradients of global norm `norm` by, or nil
/// when it leaves them as they are (a norm within `maxNorm`, a non-finite
/// norm, or clipping off with `maxNorm` 0): `maxNorm / (norm + 1e-6)` when
/// that is below 1, PyTorch's rule.
public func clippingCoefficient(norm: Double, maxNorm: Double) -> Double? {
    guard maxNorm > 0, norm.isFinite else { return nil }
    let coefficient = maxNorm / (norm + 1e-6)
    return coefficient < 1 ? coefficient : nil
}

/// The L2 norm of all tensors taken together, summed in `Double` in order.
public func globalNorm<Scalar: EngineScalar>(_ tensors: NamedTensors<Scalar>) -> Double {
    var sum = 0.0
    for (_, tensor) in tensors.tensors {
        for value in tensor.values {
            let v = Double(value)
            sum = sum + v * v
        }
    }
    return sum.squareRoot()
}
