/// The nonlinearity of a vanilla RNN, as in `nn.RNN(nonlinearity:)`.
public enum Nonlinearity: String, Sendable, Hashable, CaseIterable, Codable {
    case tanh, relu
}

/// Options of the LSTM cell beyond PyTorch's `nn.LSTM`.
public struct LSTMOptions: Sendable, Hashable, Codable {
    /// The effective forget-gate bias b_if + b_hf, or `nil` to keep the
    /// initialiser's draws. The value is stored in the forget slice of
    /// `bias_ih_l{k}` and the forget slice of `bias_hh_l{k}` is set to 0.
    /// With `coupled` (f = 1 − i, so f = σ(−a_i)) it sets the input slice of
    /// `bias_ih_l{k}` to −b instead.
    public var forgetBias: Double?
    /// Gers & Schmidhuber (2000) peepholes: i and f see c_{t−1}, o sees c_t.
    public var peephole: Bool
    /// Coupled input and forget gates: f = 1 − i (no forget-gate weights).
    public var coupled: Bool
    /// `false` gives the 1997 LSTM without a forget gate (f = 1).
    public var forgetGate: Bool

    public init(forgetBias: Double? = nil, peephole: Bool = false, coupled: Bool = false, forgetGate: Bool = true) {
        self.forgetBias = forgetBias
        self.peephole = peephole
        self.coupled = coupled
        self.forgetGate = forgetGate
    }

    /// Whether the cell has its own forget-gate weights (PyTorch's four gates).
    public var hasForgetWeights: Bool { forgetGate && !coupled }
}

/// The recurrent cell of every layer.
public enum CellKind: Sendable, Hashable, Codable {
    case rnn(Nonlinearity)
    case lstm(LSTMOptions)
    /// `resetAfter: true` is PyTorch's n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn));
    /// `false` is Cho et al. (2014): n = tanh(W_in x + b_in + W_hn (r ⊙ h) + b_hn).
    case gru(resetAfter: Bool)

    /// The plain PyTorch LSTM.
    public static var lstm: CellKind { .lstm(LSTMOptions()) }
    /// PyTorch's GRU.
    public static var gru: CellKind { .gru(resetAfter: true) }

    /// The gates stacked in `weight_ih_l{k}`, in PyTorch's row order.
    public var gates: [Gate] {
        switch self {
        case .rnn: [.candidate]
        case .lstm(let o): o.hasForgetWeights ? [.input, .forget, .candidate, .output] : [.input, .candidate, .output]
        case .gru: [.reset, .update, .candidate]
        }
    }

    /// The cell with the forget bias (an initialisation detail) removed, for
    /// comparing the computations two cells perform.
    var withoutInitialBias: CellKind {
        guard case .lstm(var o) = self else { return self }
        o.forgetBias = nil
        return .lstm(o)
    }

    /// Whether the cell carries a cell state c besides h.
    public var hasCellState: Bool {
        if case .lstm = self { true } else { false }
    }
}

/// A gate (or the candidate) of a cell: one block of H rows in the weights.
public enum Gate: String, Sendable, Hashable, CaseIterable, Codable {
    case input, forget, candidate, output, reset, update
}

/// How the parameters are drawn before training.
public enum Initialization: Sendable, Hashable, Codable {
    /// PyTorch's default: every tensor U(−1/√H, 1/√H).
    case pytorch
    /// Glorot uniform per gate block (bound √(6/(fan_in + H))); biases 0.
    case xavier
    /// Recurrent gate blocks `gain` × an orthogonal matrix (QR of a normal
    /// matrix; every singular value equals `gain`), input weights Glorot
    /// uniform, biases 0. Gain 1 is `nn.init.orthogonal_`'s default; a gain
    /// below or above 1 shows vanishing or exploding gradients from step 0.
    case orthogonal(gain: Double)
    /// Tallec & Ollivier (2018) on top of the PyTorch draws: LSTM
    /// b_f ~ log U[1, T_max − 1], b_i = −b_f (GRU: b_z ~ log U[1, T_max − 1]),
    /// stored in `bias_ih_l{k}` with the `bias_hh_l{k}` slices set to 0.
    case chrono(maxLength: Int)

    /// Orthogonal recurrent blocks with gain 1.
    public static var orthogonal: Initialization { .orthogonal(gain: 1) }

    /// The largest orthogonal gain accepted: far past where gradients explode.
    public static let maximumGain = 100.0
}

/// A recurrent model as a lesson names it: cell, width, depth, initialiser.
///
/// The input and output sizes come from the task; see ``RecurrentModel``.
public struct ModelSpec: Sendable, Hashable, Codable {
    public var cell: CellKind
    public var hidden: Int
    public var layers: Int
    public var initialization: Initialization

    public init(cell: CellKind, hidden: Int, layers: Int = 1, initialization: Initialization = .pytorch) {
        self.cell = cell
        self.hidden = hidden
        self.layers = layers
        self.initialization = initialization
    }

    /// The largest sizes accepted, far above anything a lesson trains in seconds.
    public static let maximumHidden = 4096
    public static let maximumLayers = 16
    public static let maximumFeatures = 1 << 16

    /// Checks the spec, with a message saying what to change.
    public func validate() throws(EngineError) {
        guard hidden > 0 else { throw .invalidParameter("hidden size must be positive, got \(hidden)") }
        guard hidden <= Self.maximumHidden else {
            throw .invalidParameter("hidden size \(hidden) is larger than the maximum \(Self.maximumHidden)")
        }
        guard layers > 0 else { throw .invalidParameter("layers must be positive, got \(layers)") }
        guard layers <= Self.maximumLayers else {
            throw .invalidParameter("layers \(layers) is more than the maximum \(Self.maximumLayers)")
        }
        if case .lstm(let o) = cell {
            if o.coupled && !o.forgetGate {
                throw .invalidParameter("an LSTM cannot be both coupled (f = 1 − i) and without a forget gate (f = 1)")
            }
            if !o.forgetGate, let b = o.forgetBias, b != 0 {
                throw .invalidParameter("forgetBias \(b) needs a forget gate; remove forgetBias or set forgetGate: true")
            }
            if let b = o.forgetBias, !b.isFinite || abs(b) > 100 {
                throw .invalidParameter("forgetBias must be a finite number between -100 and 100, got \(b)")
            }
        }
        if case .orthogonal(let gain) = initialization {
            guard gain.isFinite, gain > 0, gain <= Initialization.maximumGain else {
                throw .invalidParameter("orthogonal gain must be a finite number above 0 and at most \(Initialization.maximumGain), got \(gain)")
            }
        }
        if case .chrono(let t) = initialization {
            guard t >= 3 else { throw .invalidParameter("chrono maxLength must be at least 3, got \(t)") }
            if case .rnn = cell {
                throw .invalidParameter("chrono initialisation needs gates; use it with lstm or gru")
            }
        }
    }
}
