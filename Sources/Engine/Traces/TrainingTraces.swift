/// What training recorded at every step besides the loss: the global
/// gradient norm, whether clipping acted, and how saturated the gates were.
///
/// Recorded from what the step computes anyway: the norm is the one clipping
/// takes, and saturation is counted on the forward pass of a training step,
/// only at the evaluation points, so recording costs no extra pass.
public struct TrainingTraces: Sendable, Hashable, Codable {
    /// The global L2 norm of the gradients before clipping, for steps 1, 2, …;
    /// a step whose norm was not finite (the one that diverged) is left out.
    public var gradientNorms: [Double] = []
    /// Whether clipping scaled step t's gradients down, aligned with `gradientNorms`.
    public var clipped: [Bool] = []
    /// The numbers of updates after which gate saturation was measured (0, evalEvery, 2·evalEvery, …),
    /// each on the next step's training batch.
    public var saturationSteps: [Int] = []
    /// Per gate, the fraction of its values within ``GateSaturation/margin`` of 0 or 1 at
    /// each of `saturationSteps`; empty for an rnn.
    public var saturation: [Gate: [Double]] = [:]

    public init() {}

    /// Adds one step's report; `updatesBefore` is the number of updates done before it.
    mutating func record(_ report: StepReport, updatesBefore: Int) {
        if report.gradientNorm.isFinite {
            gradientNorms.append(report.gradientNorm)
            clipped.append(report.clipped)
        }
        if let fractions = report.saturation {
            saturationSteps.append(updatesBefore)
            for (gate, fraction) in fractions { saturation[gate, default: []].append(fraction) }
        }
    }
}
