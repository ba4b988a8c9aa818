/// Experiments written as variants of another (`:from: forget-bias`): the base's
/// options, overridden by the ones the variant gives.
enum Variants {
    static func merge(_ raw: RawDirective, from: RawOption, bases: [String: RawDirective],
                      _ d: DiagnosticCollector) -> (raw: RawDirective, base: String)? {
        guard let value = from.value else { return nil }
        guard case .word(let name) = value.kind else {
            d.error(value.range, "expected the name of an experiment, got \(value.kindDescription)",
                    hint: "write ':from: forget-bias'")
            return nil
        }
        guard let base = bases[name] else {
            let names = bases.keys.sorted()
            d.error(value.range, "unknown experiment '\(name)'" + DidYouMean.clause(for: name, among: names),
                    hint: names.isEmpty ? "a variant needs an experiment without ':from:' to start from"
                        : "a variant starts from an experiment that is not itself a variant: " + DidYouMean.list(names, conjunction: "or"))
            return nil
        }
        var merged = raw
        let given = Set(raw.options.map(\.key))
        merged.options = base.options.filter { !given.contains($0.key) && $0.key != "alt" }
            + raw.options.filter { $0.key != "from" }
        return (merged, name)
    }
}
