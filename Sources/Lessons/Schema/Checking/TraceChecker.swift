/// Options of ```{trace}```.
enum TraceChecker {
    /// A model label (string) or 1-based index (integer).
    static func check(_ options: OptionReader, _ d: ValueReader) -> TraceDirective? {
        let experiment = options.reference("experiment", example: "clipping")
        let quantity = options.read("quantity", default: TraceDirective.Quantity.gradientNorm) {
            d.word($0, "quantity", as: TraceDirective.Quantity.self)
        }
        let gates: [Quantity] = [.forget, .input, .output, .reset, .update]
        let gate = options.read("gate", default: Quantity?.none) { value -> Quantity?? in
            guard let gate = d.word(value, "gate", as: Quantity.self) else { return nil }
            guard gates.contains(gate) else {
                d.error(value.range, "'\(gate.rawValue)' is not a gate that saturates",
                        hint: "gates are " + DidYouMean.list(gates.map(\.rawValue), conjunction: "and"))
                return nil
            }
            return .some(gate)
        }
        let models = options.read("models", default: [ModelReference]?.none) { value -> [ModelReference]?? in
            d.list(value, "models", count: Limits.models) { d.modelReference($0) }.map { .some($0) }
        }
        guard let experiment, let quantity, let gate, let models else { return nil }
        if quantity == .saturation, gate == nil {
            d.error(options.range("quantity"), "a saturation trace needs the gate it counts",
                    hint: "add ':gate: forget' (or input, output, reset, update)")
            return nil
        }
        if quantity == .gradientNorm, gate != nil {
            d.error(options.range("gate"), "':gate:' applies to a saturation trace",
                    hint: "remove ':gate:' or write ':quantity: saturation'")
            return nil
        }
        return TraceDirective(experiment: experiment, quantity: quantity, gate: gate, gateRange: options.value("gate")?.range,
                              models: models, modelsRange: options.value("models")?.range)
    }
}
