public enum UnitSelection: Hashable, Sendable, CanonicalForm {
    /// 1-based unit numbers, as an author counts them.
    case units([Int])
    /// The `count` units with the largest variance over the sequence.
    case top(Int)
    /// The `count` units whose value correlates most strongly (by |Pearson r|, ties by unit
    /// number) with a feature of the input; ranked by the quantity `by` (nil: the figure's own),
    /// so two figures of one model can show the same units.
    case correlated(ActivationFeature, count: Int, by: Quantity?)

    public var canonicalForm: String {
        switch self {
        case .units(let units): Canonical.list(units.map(\.canonical))
        case .top(let count): Canonical.call("top", [("count", count.canonical)])
        case .correlated(let feature, let count, let by):
            Canonical.call("correlated", [("feature", feature.rawValue), ("count", count.canonical)] + (by.map { [("by", $0.rawValue)] } ?? []))
        }
    }

    /// How many units the selection shows at most.
    public var count: Int {
        switch self {
        case .units(let units): units.count
        case .top(let count), .correlated(_, let count, _): count
        }
    }
}
