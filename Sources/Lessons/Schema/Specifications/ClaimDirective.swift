/// ```{claim} name```: a statement about results that the build checks.
public struct ClaimDirective: Hashable, Sendable, CanonicalForm {
    /// The directives the claim reads, by the kind of result.
    public var sources: [ClaimSource: NameReference]
    public var holds: ClaimExpression
    /// How comparisons of two samples are tested across seeds; nil: compared as numbers only.
    public var test: ClaimTest?

    public var canonicalForm: String {
        var arguments = ClaimSource.allCases.compactMap { source in sources[source].map { (source.rawValue, $0.name) } }
        arguments.append(("holds", Canonical.string(holds.text)))
        if let test { arguments.append(("test", test.canonicalForm)) }
        return Canonical.call("claim", arguments)
    }
}

/// ```{outcomes} name```: one row per model, one mark per seed at its steps to the threshold.
public struct OutcomesDirective: Hashable, Sendable, CanonicalForm {
    public var experiment: NameReference

    public var canonicalForm: String {
        Canonical.call("outcomes", [("experiment", experiment.name)])
    }
}
