extension DiagnosticCollector {
    /// `lstm(hidden: 32, forgetBias: 1)` and its kin.
    func model(_ value: Value) -> ModelSpecification? {
        let schemas = SchemaRegistry.models
        guard let call = call(value, "model", known: schemas.map(\.name), example: "lstm(hidden: 32)") else { return nil }
        let args = arguments(of: call, labels: SchemaRegistry.call(call.name, in: schemas).labels)
        let hidden = read(args, required: "hidden", example: "32") { integer($0, "hidden", in: Limits.hidden) }
        let layers = read(args, "layers", default: 1) { integer($0, "layers", in: Limits.layers) }
        let label = read(args, "label", default: String?.none) { modelLabel($0) }
        let cell: ModelSpecification.Cell?
        switch call.name {
        case "rnn":
            cell = read(args, "nonlinearity", default: .tanh) { word($0, "nonlinearity", as: RNNNonlinearity.self) }
                .map { .rnn(nonlinearity: $0) }
        case "gru":
            cell = read(args, "resetAfter", default: true) { bool($0, "resetAfter") }.map { .gru(resetAfter: $0) }
        default:
            cell = lstmOptions(args).map { .lstm($0) }
        }
        guard let hidden, let layers, let label, let cell else { return nil }
        return ModelSpecification(cell: cell, hidden: hidden, layers: layers, label: label)
    }

    private func lstmOptions(_ args: Entries) -> LSTMOptions? {
        let defaults = LSTMOptions()
        let forgetBias = read(args, "forgetBias", default: defaults.forgetBias) { number($0, "forgetBias", in: Limits.forgetBias) }
        let peephole = read(args, "peephole", default: defaults.peephole) { bool($0, "peephole") }
        let coupled = read(args, "coupled", default: defaults.coupled) { bool($0, "coupled") }
        let forgetGate = read(args, "forgetGate", default: defaults.forgetGate) { bool($0, "forgetGate") }
        let start = read(args, "init", default: defaults.initialization) { self.initialization($0) }
        guard let forgetBias, let peephole, let coupled, let forgetGate, let start else { return nil }
        if coupled, !forgetGate {
            error(args.range("forgetGate"), "a coupled LSTM needs its forget gate",
                  hint: "the coupled cell computes its input gate as 1 − forget; drop 'forgetGate: false' or 'coupled: true'")
            return nil
        }
        return LSTMOptions(forgetBias: forgetBias, peephole: peephole, coupled: coupled,
                           forgetGate: forgetGate, initialization: start)
    }

    /// An explicit label: shown in legends and used by `{result}` roles, so no '/'.
    private func modelLabel(_ value: Value) -> String?? {
        guard let label = string(value, "label", maxLength: Limits.label.upperBound) else { return nil }
        if label.contains("/") {
            error(value.range, "a model label cannot contain '/'", hint: "'/' separates the parts of a {result} role")
            return nil
        }
        return .some(label)
    }

    /// `pytorch`, `xavier`, `orthogonal` or `chrono(maxLength: 100)`.
    func initialization(_ value: Value) -> Initialization? {
        let schemas = SchemaRegistry.initializations
        guard let call = call(value, "init", known: schemas.map(\.name), example: "chrono(maxLength: 100)") else { return nil }
        let schema = SchemaRegistry.call(call.name, in: schemas)
        let args = arguments(of: call, labels: schema.labels, positional: schema.positional)
        switch call.name {
        case "xavier": return .xavier
        case "orthogonal": return .orthogonal
        case "chrono":
            return read(args, required: "maxLength", example: "100") { integer($0, "maxLength", in: Limits.chronoMaxLength) }
                .map { .chrono(maxLength: $0) }
        default: return .pytorch
        }
    }
}
