/// The course's cells as wiring data, following PyTorch's equations.
extension CellWiring {
    /// The standard cells by their directive name.
    public static let standard: [(name: String, wiring: CellWiring)] = [
        ("rnn", .rnn), ("lstm", .lstm), ("gru", .gru), ("gru-cho", .gruCho), ("peephole", .peephole), ("coupled", .coupled),
        ("lstm1997", .lstm1997),
    ]

    /// The standard cell called `name` ("rnn", "lstm", "gru", "gru-cho", "peephole", "coupled", "lstm1997").
    public static func standard(named name: String) -> CellWiring? {
        standard.first { $0.name == name }?.wiring
    }

    /// hₜ = tanh(W·[hₜ₋₁, xₜ] + b).
    public static let rnn = CellWiring(
        name: "RNN", gates: [Gate(id: "h", role: .hidden, activation: .tanh)], operations: [],
        connections: [Connection(.hiddenStateIn, .gate("h")), Connection(.input, .gate("h")), Connection(.gate("h"), .hiddenStateOut)])

    /// The LSTM with forget gate: cₜ = f⊙cₜ₋₁ + i⊙g, hₜ = o⊙tanh(cₜ).
    public static let lstm = lstmFamily(name: "LSTM", forget: true, coupled: false, peephole: false)
    /// The LSTM whose gates also read the cell state (f and i read cₜ₋₁, o reads cₜ).
    public static let peephole = lstmFamily(name: "peephole LSTM", forget: true, coupled: false, peephole: true)
    /// The LSTM with coupled input and forget gates: f = 1 − i (remember = 1 − save).
    public static let coupled = lstmFamily(name: "coupled-gate LSTM", forget: true, coupled: true, peephole: false)
    /// The original LSTM of Hochreiter & Schmidhuber (1997), without a forget gate: cₜ = cₜ₋₁ + i⊙g.
    public static let lstm1997 = lstmFamily(name: "LSTM (1997, no forget gate)", forget: false, coupled: false, peephole: false)

    /// PyTorch's GRU, reset after the product: hₜ = (1 − z)⊙n + z⊙hₜ₋₁ with
    /// n = tanh(W_in·xₜ + b_in + r⊙(W_hn·hₜ₋₁ + b_hn)); the two linear maps are boxes of their own.
    public static let gru = CellWiring(
        name: "GRU",
        gates: [Gate(id: "r", role: .reset, activation: .sigmoid), Gate(id: "z", role: .update, activation: .sigmoid),
                Gate(id: "nh", role: .linear, activation: .linear), Gate(id: "nx", role: .linear, activation: .linear)],
        operations: [PointwiseOperation(id: "rh", kind: .multiply), PointwiseOperation(id: "nsum", kind: .add),
                     PointwiseOperation(id: "n", kind: .tanh, role: .candidate)] + GRUUpdate.operations,
        connections: [
            Connection(.hiddenStateIn, .gate("r")), Connection(.input, .gate("r")),
            Connection(.hiddenStateIn, .gate("z")), Connection(.input, .gate("z")),
            Connection(.hiddenStateIn, .gate("nh")), Connection(.input, .gate("nx")),
            Connection(.gate("r"), .operation("rh")), Connection(.gate("nh"), .operation("rh")),
            Connection(.gate("nx"), .operation("nsum")), Connection(.operation("rh"), .operation("nsum")),
            Connection(.operation("nsum"), .operation("n")),
        ] + GRUUpdate.connections(candidate: .operation("n")))

    /// Cho et al.'s GRU, reset before the product: n = tanh(W·[r⊙hₜ₋₁, xₜ] + b).
    public static let gruCho = CellWiring(
        name: "GRU (reset before)",
        gates: [Gate(id: "r", role: .reset, activation: .sigmoid), Gate(id: "z", role: .update, activation: .sigmoid),
                Gate(id: "n", role: .candidate, activation: .tanh)],
        operations: [PointwiseOperation(id: "rh", kind: .multiply)] + GRUUpdate.operations,
        connections: [
            Connection(.hiddenStateIn, .gate("r")), Connection(.input, .gate("r")),
            Connection(.hiddenStateIn, .gate("z")), Connection(.input, .gate("z")),
            Connection(.gate("r"), .operation("rh")), Connection(.hiddenStateIn, .operation("rh")),
            Connection(.operation("rh"), .gate("n")), Connection(.input, .gate("n")),
        ] + GRUUpdate.connections(candidate: .gate("n")))

    /// hₜ = z⊙hₜ₋₁ + (1 − z)⊙n, shared by both GRUs.
    private enum GRUUpdate {
        static let operations = [
            PointwiseOperation(id: "zh", kind: .multiply), PointwiseOperation(id: "oneMinusZ", kind: .oneMinus),
            PointwiseOperation(id: "zn", kind: .multiply), PointwiseOperation(id: "sum", kind: .add),
        ]

        static func connections(candidate: WiringNode) -> [Connection] {
            [
                Connection(.hiddenStateIn, .operation("zh")), Connection(.gate("z"), .operation("zh")),
                Connection(.gate("z"), .operation("oneMinusZ")), Connection(.operation("oneMinusZ"), .operation("zn")),
                Connection(candidate, .operation("zn")),
                Connection(.operation("zh"), .operation("sum")), Connection(.operation("zn"), .operation("sum")),
                Connection(.operation("sum"), .hiddenStateOut),
            ]
        }
    }

    private static func lstmFamily(name: String, forget: Bool, coupled: Bool, peephole: Bool) -> CellWiring {
        var gates: [Gate] = []
        if forget && !coupled { gates.append(Gate(id: "f", role: .forget, activation: .sigmoid)) }
        gates.append(Gate(id: "i", role: .input, activation: .sigmoid))
        gates += [Gate(id: "g", role: .candidate, activation: .tanh), Gate(id: "o", role: .output, activation: .sigmoid)]
        var operations: [PointwiseOperation] = []
        var connections: [Connection] = []
        for gate in gates {
            connections += [Connection(.hiddenStateIn, .gate(gate.id)), Connection(.input, .gate(gate.id))]
        }
        if peephole {
            connections += [Connection(.cellStateIn, .gate("f")), Connection(.cellStateIn, .gate("i"))]
        }
        // The coupled cell learns no forget gate: f = 1 − i, a pointwise operation that is the forget gate.
        let forgetGate: WiringNode = coupled ? .operation("oneMinusI") : .gate("f")
        if coupled {
            operations.append(PointwiseOperation(id: "oneMinusI", kind: .oneMinus, role: .forget))
            connections.append(Connection(.gate("i"), .operation("oneMinusI")))
        }
        if forget {
            operations.append(PointwiseOperation(id: "forget", kind: .multiply))
            connections += [Connection(.cellStateIn, .operation("forget")), Connection(forgetGate, .operation("forget"))]
        }
        operations += [PointwiseOperation(id: "save", kind: .multiply), PointwiseOperation(id: "sum", kind: .add),
                       PointwiseOperation(id: "squash", kind: .tanh), PointwiseOperation(id: "focus", kind: .multiply)]
        connections += [
            Connection(.gate("i"), .operation("save")), Connection(.gate("g"), .operation("save")),
            Connection(forget ? .operation("forget") : .cellStateIn, .operation("sum")),
            Connection(.operation("save"), .operation("sum")),
            Connection(.operation("sum"), .cellStateOut),
            Connection(.operation("sum"), .operation("squash")),
        ]
        if peephole { connections.append(Connection(.operation("sum"), .gate("o"))) }
        connections += [
            Connection(.gate("o"), .operation("focus")), Connection(.operation("squash"), .operation("focus")),
            Connection(.operation("focus"), .hiddenStateOut),
        ]
        return CellWiring(name: name, gates: gates, operations: operations, connections: connections)
    }
}
