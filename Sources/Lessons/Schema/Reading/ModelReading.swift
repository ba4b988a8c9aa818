import Engine

extension ValueReader {
    /// `lstm(hidden: 32, forgetBias: 1)` and its kin.
    func model(_ value: Value) -> ModelSpecification? {
        guard let (call, args) = call(value, "model", among: SchemaRegistry.models, example: "lstm(hidden: 32)") else { return nil }
        if ["persistence", "ar", "unigram", "bigram"].contains(call.name) { return baseline(call, args) }
        let hidden = args.integer("hidden", example: "32", in: Limits.hidden)
        let layers = args.integer("layers", default: 1, in: Limits.layers)
        let label = args.read("label", default: String?.none) { modelLabel($0) }
        let start = args.read("init", default: Initialization.pytorch) { initialization($0, model: call.name) }
        let training = trainingOverrides(args)
        let cell: CellKind?
        switch call.name {
        case "rnn":
            cell = args.word("nonlinearity", default: .tanh, as: Nonlinearity.self)
                .map { .rnn($0) }
        case "gru":
            cell = args.bool("resetAfter", default: true).map { .gru(resetAfter: $0) }
        default:
            cell = lstmOptions(args).map { .lstm($0) }
        }
        guard let hidden, let layers, let label, let start, let cell, let training else { return nil }
        return ModelSpecification(ModelSpec(cell: cell, hidden: hidden, layers: layers, initialization: start),
                                  label: label, training: training)
    }

    /// `persistence`, `ar(order: 2)`, `unigram` or `bigram`: fitted, not trained, so no training settings.
    private func baseline(_ call: Call, _ args: OptionReader) -> ModelSpecification? {
        let label = args.read("label", default: String?.none) { modelLabel($0) }
        let baseline: Baseline?
        switch call.name {
        case "ar": baseline = args.integer("order", example: "2", in: 1...Baseline.maximumOrder).map { .autoregressive(order: $0) }
        case "unigram": baseline = .unigram
        case "bigram": baseline = .bigram
        default: baseline = .persistence
        }
        guard let label, let baseline else { return nil }
        return ModelSpecification(baseline: baseline, label: label)
    }

    private func lstmOptions(_ args: OptionReader) -> LSTMOptions? {
        let defaults = LSTMOptions()
        let forgetBias = args.numberIfGiven("forgetBias", in: Limits.forgetBias)
        let peephole = args.bool("peephole", default: defaults.peephole)
        let coupled = args.bool("coupled", default: defaults.coupled)
        let forgetGate = args.bool("forgetGate", default: defaults.forgetGate)
        guard let forgetBias, let peephole, let coupled, let forgetGate else { return nil }
        if coupled, !forgetGate {
            error(args.range("forgetGate"), "a coupled LSTM needs its forget gate",
                  hint: "the coupled cell computes its input gate as 1 − forget; drop 'forgetGate: false' or 'coupled: true'")
            return nil
        }
        return LSTMOptions(forgetBias: forgetBias, peephole: peephole, coupled: coupled, forgetGate: forgetGate)
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

    /// `pytorch`, `xavier`, `orthogonal`, `orthogonal(gain: 2)` or `chrono(maxLength: 100)`
    /// (`model` names the cell: chrono sets gate biases, which an rnn lacks).
    func initialization(_ value: Value, model: String) -> Initialization? {
        guard let (call, args) = call(value, "init", among: SchemaRegistry.initializations, example: "orthogonal(gain: 2)") else { return nil }
        switch call.name {
        case "xavier": return .xavier
        case "orthogonal":
            return args.read("gain", default: 1.0) { gain($0) }.map { .orthogonal(gain: $0) }
        case "chrono":
            guard model != "rnn" else {
                error(call.nameRange, "chrono initialisation needs gates; an rnn has none",
                      hint: "chrono sets the forget-gate biases of an lstm or the update-gate biases of a gru; "
                          + "give the rnn pytorch, xavier or orthogonal(gain: …)")
                return nil
            }
            return args.integer("maxLength", example: "100", in: Limits.chronoMaxLength)
                .map { .chrono(maxLength: $0) }
        default: return .pytorch
        }
    }

    /// An orthogonal gain: above 0 (zero is no orthogonal matrix) and at most ``Limits/maximumGain``.
    private func gain(_ value: Value) -> Double? {
        let rule = "'gain' is a number above 0 and at most \(Int(Limits.maximumGain)); 1 keeps a signal's size"
        let gain: Double
        switch value.kind {
        case .number(let double): gain = double
        case .integer(let integer): gain = Double(integer)
        default:
            error(value.range, "expected a number, got \(value.kindDescription)", hint: rule)
            return nil
        }
        guard gain > 0, gain <= Limits.maximumGain else {
            error(value.range, "value \(gain) is out of range for 'gain'", hint: rule)
            return nil
        }
        return gain
    }

    /// A model of an experiment: its label (a string) or 1-based index (an integer).
    func modelReference(_ value: Value) -> ModelReference? {
        switch value.kind {
        case .string(let label): return .label(label)
        case .integer: return integer(value, "model", in: Limits.models).map { .index($0) }
        default:
            error(value.range, "expected a model label or index, got \(value.kindDescription)",
                    hint: "write the model's label in quotes (\"lstm · forgetBias 1\") or its 1-based position in 'models' (2)")
            return nil
        }
    }
}
