import Engine

/// A model of an experiment: a recurrent network (the engine's `ModelSpec`) or a
/// baseline a student would try first, with what a lesson adds to it, an optional
/// label and, for a network, training settings of its own (DESIGN.md "Models").
public struct ModelSpecification: Hashable, Sendable, CanonicalForm {
    /// What the engine builds or fits.
    public enum Architecture: Hashable, Sendable {
        /// A recurrent network; an option the lesson did not give stays absent here
        /// (an LSTM's `forgetBias` nil keeps the initialisation's own draw).
        case network(ModelSpec)
        /// Persistence or a least-squares autoregression: fitted, not trained.
        case baseline(Baseline)
    }

    public var architecture: Architecture
    /// The label the author gave with `label: "…"`, if any.
    public var label: String?
    /// Training settings this model overrides for itself in an experiment.
    public var training: TrainingOverrides

    public init(_ model: ModelSpec, label: String? = nil, training: TrainingOverrides = TrainingOverrides()) {
        self.architecture = .network(model)
        self.label = label
        self.training = training
    }

    public init(baseline: Baseline, label: String? = nil) {
        self.architecture = .baseline(baseline)
        self.label = label
        self.training = TrainingOverrides()
    }

    /// The recurrent network, or nil for a baseline.
    public var network: ModelSpec? {
        if case .network(let model) = architecture { model } else { nil }
    }

    /// The baseline, or nil for a network.
    public var baseline: Baseline? {
        if case .baseline(let baseline) = architecture { baseline } else { nil }
    }

    /// `rnn`, `lstm`, `gru`, `persistence` or `ar`.
    public var kind: String {
        switch architecture {
        case .network(let model):
            switch model.cell {
            case .rnn: "rnn"
            case .lstm: "lstm"
            case .gru: "gru"
            }
        case .baseline(.persistence): "persistence"
        case .baseline(.autoregressive): "ar"
        case .baseline(.unigram): "unigram"
        case .baseline(.bigram): "bigram"
        }
    }

    /// Gate blocks per layer (candidate included): 1 for an RNN, 3 for a GRU, 4 for an LSTM; 0 for a baseline.
    public var gateCount: Int {
        switch network?.cell {
        case .rnn: 1
        case .lstm: 4
        case .gru: 3
        case nil: 0
        }
    }

    /// The arguments in canonical order with defaults filled, except the label and
    /// training settings not given.
    ///
    /// An rnn or gru leaves out `init: pytorch`: those cells took `init:` later than
    /// the lstm, and leaving the default out keeps their forms (and so the cache keys
    /// of the experiments already written) as they were.
    public var canonicalArguments: [(String, String)] {
        let model: ModelSpec
        switch architecture {
        case .baseline(.persistence), .baseline(.unigram), .baseline(.bigram): return []
        case .baseline(.autoregressive(let order)): return [("order", order.canonical)]
        case .network(let network): model = network
        }
        var arguments: [(String, String)] = [("hidden", model.hidden.canonical), ("layers", model.layers.canonical)]
        switch model.cell {
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
        if case .lstm = model.cell {
            arguments.append(("init", model.initialization.canonicalForm))
        } else if model.initialization != .pytorch {
            arguments.append(("init", model.initialization.canonicalForm))
        }
        // Only given overrides appear, so the forms of models without them stay as they were.
        return arguments + training.canonicalArguments
    }

    /// A baseline without arguments is written as a bare word: `persistence`, `bigram`.
    public var canonicalForm: String {
        baseline != nil && canonicalArguments.isEmpty ? kind : Canonical.call(kind, canonicalArguments)
    }
}
