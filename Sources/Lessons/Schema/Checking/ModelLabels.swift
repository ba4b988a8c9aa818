import Engine

/// Labels for an experiment's models, as legends and `{result}` roles name them.
public enum ModelLabels {
    /// Each model's `label:`, or its kind followed by the arguments that set it apart
    /// from the other models of its kind and differ from their defaults:
    /// `[lstm(hidden: 32), lstm(hidden: 32, forgetBias: 1), gru(hidden: 32)]` gives
    /// `lstm`, `lstm · forgetBias 1`, `gru`; three rnns with orthogonal gains 0.5, 1 and 2
    /// give `rnn · init orthogonal(gain: 0.5)`, `rnn · init orthogonal(gain: 1)`, ….
    public static func labels(for models: [ModelSpecification]) -> [String] {
        models.map { model in
            if let label = model.label { return label }
            let siblings = models.filter { $0.kind == model.kind }
            let defaults = Dictionary(defaultArguments(of: model), uniquingKeysWith: { first, _ in first })
            var parts = [model.kind]
            for (key, value) in model.canonicalArguments {
                let differs = siblings.contains { sibling in
                    sibling.canonicalArguments.first { $0.0 == key }?.1 != value
                }
                if differs, defaults[key] != value { parts.append("\(key) \(display(value))") }
            }
            return parts.joined(separator: " · ")
        }
    }

    /// The arguments of a model of the same kind with every default (hidden has none).
    private static func defaultArguments(of model: ModelSpecification) -> [(String, String)] {
        let cell: CellKind
        switch model.network?.cell {
        case .rnn: cell = .rnn(.tanh)
        case .lstm: cell = .lstm
        case .gru: cell = .gru
        case nil: return []  // a baseline's arguments have no defaults
        }
        return ModelSpecification(ModelSpec(cell: cell, hidden: 0)).canonicalArguments
    }

    /// `1` rather than `1.0` in a label, as an author would write it, also inside a
    /// call: `orthogonal(gain: 2.0)` reads `orthogonal(gain: 2)`.
    static func display(_ canonical: String) -> String {
        canonical.replacing(/(\d)\.0(?=[),\]]|$)/) { "\($0.output.1)" }
    }
}
