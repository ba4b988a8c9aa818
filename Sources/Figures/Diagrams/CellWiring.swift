/// The nonlinearity inside a gate box.
public enum Activation: String, Sendable, Hashable, CaseIterable {
    case sigmoid, tanh, relu
    /// None: the box is an affine map W·v + b alone (the reset-after GRU's W·hₜ₋₁ + b, which r scales).
    case linear

    /// The symbol drawn in the box: "σ", "tanh", "ReLU", "linear".
    public var symbol: String {
        switch self {
        case .sigmoid: return "σ"
        case .tanh: return "tanh"
        case .relu: return "ReLU"
        case .linear: return "linear"
        }
    }
}

/// What a gate does in the cell; decides its label.
public enum GateRole: String, Sendable, Hashable, CaseIterable {
    case forget, input, output, candidate, reset, update
    /// The single layer of a vanilla RNN.
    case hidden
    /// An affine map that is one term of another quantity (drawn without a label).
    case linear
}

/// A learned layer drawn as a box: `activation(W·[h, x] + b)`.
public struct Gate: Sendable, Hashable {
    /// Unique among the wiring's gates and operations; used in connections.
    public var id: String
    public var role: GateRole
    public var activation: Activation

    public init(id: String, role: GateRole, activation: Activation) {
        self.id = id
        self.role = role
        self.activation = activation
    }
}

/// An element-wise operation drawn as a circle.
public enum PointwiseKind: String, Sendable, Hashable, CaseIterable {
    case multiply, add, oneMinus, tanh

    var symbol: String {
        switch self {
        case .multiply: return "×"
        case .add: return "+"
        case .oneMinus: return "1−"
        case .tanh: return "tanh"
        }
    }
}

/// A pointwise operation node.
public struct PointwiseOperation: Sendable, Hashable {
    public var id: String
    public var kind: PointwiseKind
    /// The gate or quantity its result is, labelled beside it: the coupled LSTM's 1 − i is the
    /// forget gate (remember = 1 − save), the reset-after GRU's tanh is the candidate.
    public var role: GateRole?

    public init(id: String, kind: PointwiseKind, role: GateRole? = nil) {
        self.id = id
        self.kind = kind
        self.role = role
    }
}

/// An end of a connection: the cell's inputs and outputs, or a gate or operation by id.
public enum WiringNode: Sendable, Hashable {
    /// c₍ₜ₋₁₎, entering on the left of the cell-state line.
    case cellStateIn
    /// h₍ₜ₋₁₎.
    case hiddenStateIn
    /// xₜ, entering from below.
    case input
    /// cₜ, leaving on the right of the cell-state line.
    case cellStateOut
    /// hₜ.
    case hiddenStateOut
    case gate(String)
    case operation(String)
}

/// A directed data-flow edge.
public struct Connection: Sendable, Hashable {
    public var from: WiringNode
    public var to: WiringNode

    public init(_ from: WiringNode, _ to: WiringNode) {
        self.from = from
        self.to = to
    }
}

/// A recurrent cell described as data: gates, pointwise operations and how they connect.
///
/// Gates that read both `hiddenStateIn` and `input` are drawn reading their concatenation
/// from one bus. The library draws whatever it is given; the course's cells come from the
/// engine's wirings, converted in one place by the site.
public struct CellWiring: Sendable, Hashable {
    /// Display name, e.g. "LSTM".
    public var name: String
    public var gates: [Gate]
    public var operations: [PointwiseOperation]
    public var connections: [Connection]

    public init(name: String, gates: [Gate], operations: [PointwiseOperation], connections: [Connection]) {
        self.name = name
        self.gates = gates
        self.operations = operations
        self.connections = connections
    }
}

/// Which words label the LSTM gates.
public enum GateNaming: String, Sendable, Hashable, CaseIterable {
    /// forget / input / output.
    case classic
    /// remember / save / focus.
    case remember

    /// The label for a gate role under this naming.
    public func label(_ role: GateRole) -> String {
        switch (self, role) {
        case (.remember, .forget): return "remember"
        case (.remember, .input): return "save"
        case (.remember, .output): return "focus"
        case (_, .hidden), (_, .linear): return ""
        default: return role.rawValue
        }
    }
}
