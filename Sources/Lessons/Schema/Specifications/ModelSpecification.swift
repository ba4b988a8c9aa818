/// A recurrent model: its cell, size, depth, initialisation and optional label (DESIGN.md "Models").
public struct ModelSpecification: Hashable, Sendable, CanonicalForm {
    public enum Cell: Hashable, Sendable {
        case rnn(nonlinearity: RNNNonlinearity)
        case lstm(LSTMOptions)
        case gru(resetAfter: Bool)
    }

    public var cell: Cell
    public var hidden: Int
    public var layers: Int
    /// How the weights start (`init:`); chrono only for cells with gates.
    public var initialization: Initialization
    /// The label the author gave with `label: "…"`, if any.
    public var label: String?
    /// Training settings this model overrides for itself in an experiment.
    public var training: TrainingOverrides

    public init(cell: Cell, hidden: Int, layers: Int = 1, initialization: Initialization = .pytorch, label: String? = nil,
                training: TrainingOverrides = TrainingOverrides()) {
        self.training = training
        self.cell = cell
        self.hidden = hidden
        self.layers = layers
        self.initialization = initialization
        self.label = label
    }

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
        var arguments: [(String, String)] = [("hidden", hidden.canonical), ("layers", layers.canonical)]
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
            arguments.append(("init", initialization.canonicalForm))
        } else if initialization != .pytorch {
            arguments.append(("init", initialization.canonicalForm))
        }
        // Only given overrides appear, so the forms of models without them stay as they were.
        return arguments + training.canonicalArguments
    }

    public var canonicalForm: String { Canonical.call(kind, canonicalArguments) }
}

public enum RNNNonlinearity: String, Hashable, Sendable, CaseIterable {
    case tanh, relu
}

/// The LSTM's variants.
public struct LSTMOptions: Hashable, Sendable {
    /// The forget gate's initial bias when given; nil leaves the initialisation's own
    /// biases (PyTorch's uniform draw, or chrono's) as they are.
    public var forgetBias: Double?
    public var peephole: Bool
    public var coupled: Bool
    public var forgetGate: Bool

    public init(forgetBias: Double? = nil, peephole: Bool = false, coupled: Bool = false, forgetGate: Bool = true) {
        self.forgetBias = forgetBias
        self.peephole = peephole
        self.coupled = coupled
        self.forgetGate = forgetGate
    }
}

/// How a model's weights and biases start.
public enum Initialization: Hashable, Sendable, CanonicalForm {
    /// U(−1/√H, 1/√H) for everything, as PyTorch.
    case pytorch
    /// Glorot uniform weights, zero biases.
    case xavier
    /// Recurrent weights `gain` × an orthogonal matrix (every singular value is the
    /// gain: below 1 a signal shrinks step by step, above 1 it grows).
    case orthogonal(gain: Double)
    /// b_f ~ log U[1, maxLength − 1], b_i = −b_f (Tallec & Ollivier 2018); LSTM and GRU only.
    case chrono(maxLength: Int)

    /// `orthogonal` as written without a gain.
    public static var orthogonal: Initialization { .orthogonal(gain: 1) }

    /// `orthogonal` is `orthogonal(gain: 1.0)`: two spellings of one initialisation share a form.
    public var canonicalForm: String {
        switch self {
        case .pytorch: "pytorch"
        case .xavier: "xavier"
        case .orthogonal(let gain): Canonical.call("orthogonal", [("gain", Canonical.number(gain))])
        case .chrono(let maxLength): Canonical.call("chrono", [("maxLength", maxLength.canonical)])
        }
    }
}
