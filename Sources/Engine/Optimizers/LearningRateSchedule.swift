/// How the learning rate changes over training: a factor on the optimiser's
/// learning rate for every update, as PyTorch's `lr_scheduler`s compute it
/// once per step.
///
/// The factor is computed in `Double` from + − × ÷ and the engine's own
/// `cos`, so it is the same on every machine; `constant` is exactly 1, which
/// leaves every bit of an update as it was without a schedule.
public enum LearningRateSchedule: Sendable, Hashable, Codable {
    /// The learning rate as given.
    case constant
    /// Multiplied by `factor` after every `every` updates (`StepLR`).
    case step(every: Int, factor: Double)
    /// From the learning rate down to `minimum` × it along half a cosine over
    /// the run (`CosineAnnealingLR` with `T_max` = steps, `eta_min` = minimum × lr).
    case cosine(minimum: Double)
    /// Rising linearly from lr/`steps` to lr over the first `steps` updates,
    /// then constant.
    case warmup(steps: Int)

    /// The factor for update `update` (1 = the first) of a run of `total` updates.
    public func factor(update: Int, of total: Int) -> Double {
        switch self {
        case .constant:
            return 1
        case .step(let every, let factor):
            return Self.power(factor, max(0, update - 1) / max(1, every))
        case .cosine(let minimum):
            let t = Double(max(0, update - 1)) / Double(max(1, total))
            return minimum + (1 - minimum) * (1 + Elementary.cos(Double.pi * t)) / 2
        case .warmup(let steps):
            return update >= steps ? 1 : Double(max(1, update)) / Double(max(1, steps))
        }
    }

    /// `base` to the power `exponent` by squaring: exact in its rounding order on every machine.
    static func power(_ base: Double, _ exponent: Int) -> Double {
        var result = 1.0, b = base, e = exponent
        while e > 0 {
            if e & 1 == 1 { result = result * b }
            b = b * b
            e >>= 1
        }
        return result
    }

    /// Checks the arguments, with a message saying what to change.
    public func validate() throws(EngineError) {
        switch self {
        case .constant: break
        case .step(let every, let factor):
            guard every > 0 else { throw .invalidParameter("a step schedule needs every > 0, got \(every)") }
            guard factor.isFinite, factor > 0 else { throw .invalidParameter("a step schedule's factor must be positive, got \(factor)") }
        case .cosine(let minimum):
            guard minimum.isFinite, minimum >= 0, minimum <= 1 else {
                throw .invalidParameter("a cosine schedule's minimum must be in 0...1, got \(minimum)")
            }
        case .warmup(let steps):
            guard steps > 0 else { throw .invalidParameter("a warm-up needs steps > 0, got \(steps)") }
        }
    }
}
