public enum ModelReference: Hashable, Sendable, CanonicalForm {
    case label(String)
    case index(Int)

    public var canonicalForm: String {
        switch self {
        case .label(let label): Canonical.string(label)
        case .index(let index): index.canonical
        }
    }
}
