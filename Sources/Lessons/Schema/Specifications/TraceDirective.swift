/// ```{trace} name```: what an experiment's training recorded at every step, per model
/// and seed: the gradient norm before clipping, or how saturated a gate was.
public struct TraceDirective: Hashable, Sendable, CanonicalForm {
    public enum Quantity: String, Hashable, Sendable, CaseIterable {
        /// The global gradient norm before clipping, at every step (a log axis).
        case gradientNorm
        /// The fraction of a gate's values within 0.01 of 0 or 1, at every evaluation.
        case saturation
    }

    public var experiment: NameReference
    public var quantity: Quantity
    /// The gate whose saturation is shown (with `saturation` only).
    public var gate: Lessons.Quantity?
    public var gateRange: SourceRange?
    /// The models shown, in this order; nil: every model of the experiment.
    public var models: [ModelReference]?
    public var modelsRange: SourceRange?

    public var canonicalForm: String {
        var arguments = [("experiment", experiment.name), ("quantity", quantity.rawValue)]
        if let gate { arguments.append(("gate", gate.rawValue)) }
        if let models { arguments.append(("models", Canonical.list(models))) }
        return Canonical.call("trace", arguments)
    }
}
