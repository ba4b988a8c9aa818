/// A cell variant's wiring as plain data, for diagrams drawn by a library
/// that does not import the engine; it is published as JSON beside each diagram.
///
/// Nodes are the step's inputs xₜ, hₜ₋₁ and cₜ₋₁; the gates (a sigmoid, tanh or
/// relu layer over its inputs, one per weight block); the pointwise operations;
/// and the outputs hₜ and cₜ. `connections` lists every edge, so a drawing needs
/// nothing else. In the JSON every node is its id: `x`, `h_prev`, `c_prev`, `h`,
/// `c`, or the gate's or operation's id.
public struct CellWiring: Sendable, Hashable, Encodable {
    /// The diagram name: `rnn`, `lstm`, `peephole`, `coupled`, `lstm1997`, `gru`, `gru-cho`.
    public var name: String
    /// The step's inputs, in drawing order: x, hₜ₋₁, and cₜ₋₁ for the LSTM.
    public var inputs: [Node]
    /// The step's outputs: hₜ, and cₜ for the LSTM.
    public var outputs: [Node]
    public var gates: [WiringGate]
    public var operations: [PointwiseOperation]
    /// The states carried from step to step (the horizontal lines of a diagram).
    public var stateLines: [StateLine]
    /// Every edge from → to.
    public var connections: [Connection]

    /// An end of a connection.
    public enum Node: Sendable, Hashable, Encodable {
        /// xₜ (`x`).
        case input
        /// hₜ₋₁ (`h_prev`).
        case hiddenStateIn
        /// cₜ₋₁ (`c_prev`).
        case cellStateIn
        /// hₜ (`h`).
        case hiddenStateOut
        /// cₜ (`c`).
        case cellStateOut
        /// A gate, by its id.
        case gate(String)
        /// A pointwise operation, by its id.
        case operation(String)

        /// The node's id in the published JSON.
        public var id: String {
            switch self {
            case .input: "x"
            case .hiddenStateIn: "h_prev"
            case .cellStateIn: "c_prev"
            case .hiddenStateOut: "h"
            case .cellStateOut: "c"
            case .gate(let id), .operation(let id): id
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(id)
        }
    }
}

/// A gate (or the candidate layer): an affine map of its inputs and an activation.
public struct WiringGate: Sendable, Hashable, Encodable {
    /// The node id, e.g. `f`.
    public var id: String
    public var role: Role
    /// The alternative teaching name (`remember`, `save`, `focus`), if any.
    public var alias: String?
    public var activation: Activation
    /// The nodes it reads.
    public var inputs: [CellWiring.Node]

    /// What the layer is in the cell.
    public enum Role: Sendable, Hashable, Encodable {
        /// One of the cell's gates, or its candidate: a block of the weights.
        case gate(Gate)
        /// An affine map that is one term of another quantity (the reset-after
        /// GRU's W_hn·h + b_hn, which r scales), published as `linear`.
        case linear

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .gate(let gate): try container.encode(gate)
            case .linear: try container.encode("linear")
            }
        }
    }

    /// The layer's nonlinearity.
    public enum Activation: String, Sendable, Hashable, CaseIterable, Encodable {
        case sigmoid, tanh, relu
        /// None: the affine map alone (the reset-after GRU's W_hn·h + b_hn).
        case linear

        /// A vanilla RNN's nonlinearity.
        init(_ nonlinearity: Nonlinearity) {
            switch nonlinearity {
            case .tanh: self = .tanh
            case .relu: self = .relu
            }
        }
    }
}

/// A pointwise operation on vectors.
public struct PointwiseOperation: Sendable, Hashable, Encodable {
    public enum Kind: String, Sendable, Hashable, CaseIterable, Encodable {
        case multiply, add, oneMinus, tanh
    }
    public var id: String
    public var kind: Kind
    /// Its operands, in order.
    public var inputs: [CellWiring.Node]
    /// The gate its result is, when it is one: the coupled LSTM's 1 − i is the
    /// forget gate, the reset-after GRU's tanh is the candidate.
    public var role: Gate?
    /// The alternative teaching name of that role (`remember` for forget), if any.
    public var alias: String?

    public init(id: String, kind: Kind, inputs: [CellWiring.Node], role: Gate? = nil, alias: String? = nil) {
        self.id = id
        self.kind = kind
        self.inputs = inputs
        self.role = role
        self.alias = alias
    }
}

/// A state carried across steps: its name and the nodes it enters and leaves by.
public struct StateLine: Sendable, Hashable, Encodable {
    /// `c` (cell state, long-term) or `h` (hidden state, short-term).
    public var name: String
    public var from: CellWiring.Node
    public var to: CellWiring.Node
}

/// A directed edge of the diagram.
public struct Connection: Sendable, Hashable, Encodable {
    public var from: CellWiring.Node
    public var to: CellWiring.Node
}
