public enum ActivationInput: Hashable, Sendable, CanonicalForm {
    case text(String)
    case seed(Int)

    public var canonicalForm: String {
        switch self {
        case .text(let text): Canonical.call("input", [("text", Canonical.string(text))])
        case .seed(let seed): Canonical.call("input", [("seed", seed.canonical)])
        }
    }
}

public enum ActivationScale: String, Hashable, Sendable, CaseIterable {
    case shared, row
}
