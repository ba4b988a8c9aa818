/// What one optimiser update saw.
public struct StepReport: Sendable, Hashable {
    /// The batch's loss before the update.
    public var loss: Double
    /// The global L2 norm of the gradients before clipping.
    public var gradientNorm: Double
    /// Whether clipping scaled the gradients down (the norm exceeded `clip`).
    public var clipped: Bool
    /// Whether the loss, the norm or an updated parameter was NaN or
    /// infinite; the model is then left as it was before the step.
    public var diverged: Bool
    /// With `saturation`, the fraction of saturated values of each gate in
    /// this step's forward pass (``GateSaturation``); nil otherwise.
    public var saturation: [Gate: Double]?
}

extension Trainer {
    /// One update of `model` on `batch`: forward, the head's loss, BPTT,
    /// global-norm clipping (`clip` 0 turns it off) and an optimiser step.
    ///
    /// The trainer's loop and `TrainingReplay` both go through here, so that
    /// a step checked against PyTorch is the step lessons train with. With
    /// `saturation` it also counts the saturated gate values of the step's
    /// own forward pass (no extra pass; the update is the same).
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public static func step<Scalar: EngineScalar>(
        _ model: inout RecurrentModel<Scalar>, on batch: Batch<Scalar>, optimizer: inout Optimizer<Scalar>,
        clip: Double, saturation: Bool = false
    ) throws(EngineError) -> StepReport {
        let g = try model.gradients(input: batch.inputs, supervision: batch.supervision, inputGradient: false, gradientNorms: false)
        var gradients = g.gradients
        let norm = clip > 0 ? try clipGradientNorm(&gradients, maxNorm: clip) : globalNorm(gradients)
        var report = StepReport(loss: g.loss.loss, gradientNorm: norm,
                                clipped: clippingCoefficient(norm: norm, maxNorm: clip) != nil, diverged: false)
        if saturation { report.saturation = try GateSaturation.fractions(g.forward) }
        guard g.loss.loss.isFinite, norm.isFinite else {
            report.diverged = true
            return report
        }
        var parameters = model.parameters
        try optimizer.step(parameters: &parameters, gradients: gradients)
        guard parameters.tensors.allSatisfy({ $0.tensor.values.allSatisfy(\.isFinite) }) else {
            report.diverged = true
            return report
        }
        model.parameters = parameters
        return report
    }
}
