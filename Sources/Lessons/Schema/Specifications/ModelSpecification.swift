import Engine

/// A model of an experiment: the engine's model (cell, size, depth, initialisation)
/// with what a lesson adds to it, an optional label and training settings of its own
/// (DESIGN.md "Models").
public struct ModelSpecification: Hashable, Sendable, CanonicalForm {
    /// What the engine builds; an option the lesson did not give stays absent here
    /// (an LSTM's `forgetBias` nil keeps the initialisation's own draw).
    public var model: ModelSpec
    /// The label the author gave with `label: "…"`, if any.
    public var label: String?
    /// Training settings this model overrides for itself in an experiment.
    public var training: TrainingOverrides

    public init(_ model: ModelSpec, label: String? = nil, training: TrainingOverrides = TrainingOverrides()) {
        self.model = model
        self.label = label
        self.training = training
    }

    /// The cell of every layer.
    public var cell: CellKind { model.cell }

    /// `rnn`, `lstm` or `gru`.
    public var kind: String {
        switch cell {
        case .rnn: "rnn"
        case .lstm: "lstm"
        case .gru: "gru"
        }
    }

    /// Gate blocks per layer (candidate included): 1 for an RNN, 3 for a GRU, 4 for an LSTM.
    public var gateCount: Int {
        switch cell {
        case .rnn: 1
        case .lstm: 4
        case .gru: 3
        }
    }

    /// The arguments in canonical order with defaults filled, except the label and
    /// training settings not given.
    ///
    /// An rnn or gru leaves out `init: pytorch`: those cells took `init:` later than
    /// the lstm, and leaving the default out keeps their forms (and so the cache keys
    /// of the experiments already written) as they were.
    public var canonicalArguments: [(String, String)] {
        var arguments: [(String, String)] = [("hidden", model.hidden.canonical), ("layers", model.layers.canonical)]
        switch cell {
        case .rnn(let nonlinearity):
            arguments.append(("nonlinearity", nonlinearity.rawValue))
        case .lstm(let options):
            // An absent forget bias is absent from the form: the initialisation's own draw stands.
            if let forgetBias = options.forgetBias { arguments.append(("forgetBias", Canonical.number(forgetBias))) }
            arguments += [("peephole", options.peephole.canonical),
                          ("coupled", options.coupled.canonical), ("forgetGate", options.forgetGate.canonical)]
        case .gru(let resetAfter):
            arguments.append(("resetAfter", resetAfter.canonical))
        }
        if case .lstm = cell {
            arguments.append(("init", model.initialization.canonicalForm))
        } else if model.initialization != .pytorch {
            arguments.append(("init", model.initialization.canonicalForm))
        }
        // Only given overrides appear, so the forms of models without them stay as they were.
        return arguments + training.canonicalArguments
    }

    public var canonicalForm: String { Canonical.call(kind, canonicalArguments) }
}
