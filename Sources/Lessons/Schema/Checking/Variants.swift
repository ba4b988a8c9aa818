/// Directives written as variants of another of the same kind (`:from: forget-bias`):
/// the base's options, overridden by the ones the variant gives.
enum Variants {
    static func merge(_ raw: RawDirective, from: RawOption, bases: [String: RawDirective],
                      _ d: ValueReader) -> (raw: RawDirective, base: String)? {
        guard let value = from.value else { return nil }
        guard case .word(let name) = value.kind else {
            d.error(value.range, "expected the name of an experiment, got \(value.kindDescription)",
                    hint: "write ':from: forget-bias'")
            return nil
        }
        guard let base = bases[name], base.kind == raw.kind else {
            let names = bases.filter { $0.value.kind == raw.kind }.keys.sorted()
            d.error(value.range, "unknown \(raw.kind) '\(name)'" + DidYouMean.clause(for: name, among: names),
                    hint: names.isEmpty ? "a variant needs a \(raw.kind) without ':from:' to start from"
                        : "a variant starts from a \(raw.kind) that is not itself a variant: " + DidYouMean.list(names, conjunction: "or"))
            return nil
        }
        var merged = raw
        let given = Set(raw.options.map(\.key))
        merged.options = base.options.filter { !given.contains($0.key) && $0.key != "alt" }
            + raw.options.filter { $0.key != "from" }
        return (merged, name)
    }
}
