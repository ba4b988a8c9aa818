/// A cell variant's wiring as plain data, for diagrams drawn by a library
/// that does not import the engine (it is `Codable`, so it can travel as JSON).
///
/// Nodes are named by string ids: the inputs `x` (x_t), `h_prev` (h_{t−1})
/// and `c_prev` (c_{t−1}); the gates (a sigmoid, tanh or relu layer over
/// its inputs, one per weight block); the pointwise operations; and the
/// outputs `h` (h_t) and `c` (c_t). `connections` lists every edge, so a
/// drawing needs nothing else.
public struct CellWiring: Sendable, Hashable, Codable {
    /// The diagram name: `rnn`, `lstm`, `peephole`, `coupled`, `lstm1997`, `gru`, `gru-cho`.
    public var name: String
    /// The step's inputs, in drawing order: `x`, `h_prev`, and `c_prev` for the LSTM.
    public var inputs: [String]
    /// The step's outputs: `h`, and `c` for the LSTM.
    public var outputs: [String]
    public var gates: [WiringGate]
    public var operations: [PointwiseOperation]
    /// The states carried from step to step (the horizontal lines of a diagram).
    public var stateLines: [StateLine]
    /// Every edge from → to, ids of inputs, gates, operations or outputs.
    public var connections: [Connection]
}

/// A gate (or the candidate layer): an affine map of its inputs and an activation.
public struct WiringGate: Sendable, Hashable, Codable {
    /// The node id, e.g. `f`.
    public var id: String
    /// The classic name (`forget`, `input`, `output`, `candidate`, `reset`,
    /// `update`), or `linear` for an affine map that is a term of another quantity.
    public var role: String
    /// The alternative teaching name (`remember`, `save`, `focus`), if any.
    public var alias: String?
    /// `sigmoid`, `tanh`, `relu`, or `linear` for an affine map with no
    /// activation (the reset-after GRU's W_hn·h + b_hn, which r scales).
    public var activation: String
    /// Ids of the nodes it reads.
    public var inputs: [String]
}

/// A pointwise operation on vectors.
public struct PointwiseOperation: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case multiply, add, oneMinus, tanh
    }
    public var id: String
    public var kind: Kind
    /// Ids of its operands, in order.
    public var inputs: [String]
    /// The gate or quantity its result is, when it is one: the coupled LSTM's
    /// 1 − i is the forget gate, the reset-after GRU's tanh is the candidate.
    public var role: String?
    /// The alternative teaching name of that role (`remember` for forget), if any.
    public var alias: String?

    public init(id: String, kind: Kind, inputs: [String], role: String? = nil, alias: String? = nil) {
        self.id = id
        self.kind = kind
        self.inputs = inputs
        self.role = role
        self.alias = alias
    }
}

/// A state carried across steps: its name and the nodes it enters and leaves by.
public struct StateLine: Sendable, Hashable, Codable {
    /// `c` (cell state, long-term) or `h` (hidden state, short-term).
    public var name: String
    public var from: String
    public var to: String
}

/// A directed edge of the diagram.
public struct Connection: Sendable, Hashable, Codable {
    public var from: String
    public var to: String
}
