extension CellKind {
    /// This variant's wiring: gates, pointwise operations and connections.
    public var wiring: CellWiring {
        switch self {
        case .rnn(let f):
            return .make(
                name: "rnn", inputs: ["x", "h_prev"], outputs: ["h"],
                gates: [WiringGate(id: "a", role: "candidate", alias: nil, activation: f.rawValue, inputs: ["x", "h_prev"])],
                operations: [], outputSources: ["h": "a"], lines: [StateLine(name: "h", from: "h_prev", to: "h")])
        case .lstm(let o):
            return Self.lstmWiring(o)
        case .gru(let resetAfter):
            return resetAfter ? Self.gruResetAfterWiring : Self.gruResetBeforeWiring
        }
    }

    /// PyTorch's GRU: n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn)). The reset
    /// gate scales the result of the recurrent product, so that product is a
    /// node of its own (a linear map of h), and the candidate's sum and tanh
    /// are pointwise operations: no weight acts on r ⊙ (…).
    private static let gruResetAfterWiring = CellWiring.make(
        name: "gru", inputs: ["x", "h_prev"], outputs: ["h"],
        gates: [
            WiringGate(id: "r", role: "reset", alias: nil, activation: "sigmoid", inputs: ["x", "h_prev"]),
            WiringGate(id: "z", role: "update", alias: nil, activation: "sigmoid", inputs: ["x", "h_prev"]),
            WiringGate(id: "n_h", role: "linear", alias: nil, activation: "linear", inputs: ["h_prev"]),
            WiringGate(id: "n_x", role: "linear", alias: nil, activation: "linear", inputs: ["x"]),
        ],
        operations: [
            PointwiseOperation(id: "reset_mul", kind: .multiply, inputs: ["r", "n_h"]),
            PointwiseOperation(id: "n_add", kind: .add, inputs: ["n_x", "reset_mul"]),
            PointwiseOperation(id: "n", kind: .tanh, inputs: ["n_add"], role: "candidate"),
        ] + gruUpdate,
        outputSources: ["h": "h_add"], lines: [StateLine(name: "h", from: "h_prev", to: "h")])

    /// Cho et al.'s GRU (`resetAfter: false`): n = tanh(W_in x + b_in + W_hn (r ⊙ h) + b_hn).
    /// The reset gate scales h before the product, so the candidate is a layer over [x, r ⊙ h].
    private static let gruResetBeforeWiring = CellWiring.make(
        name: "gru-cho", inputs: ["x", "h_prev"], outputs: ["h"],
        gates: [
            WiringGate(id: "r", role: "reset", alias: nil, activation: "sigmoid", inputs: ["x", "h_prev"]),
            WiringGate(id: "z", role: "update", alias: nil, activation: "sigmoid", inputs: ["x", "h_prev"]),
            WiringGate(id: "n", role: "candidate", alias: nil, activation: "tanh", inputs: ["x", "reset_mul"]),
        ],
        operations: [PointwiseOperation(id: "reset_mul", kind: .multiply, inputs: ["r", "h_prev"])] + gruUpdate,
        outputSources: ["h": "h_add"], lines: [StateLine(name: "h", from: "h_prev", to: "h")])

    /// h = (1 − z) ⊙ n + z ⊙ h_prev, the same in both forms.
    private static let gruUpdate = [
        PointwiseOperation(id: "one_minus_z", kind: .oneMinus, inputs: ["z"]),
        PointwiseOperation(id: "keep_mul", kind: .multiply, inputs: ["z", "h_prev"]),
        PointwiseOperation(id: "new_mul", kind: .multiply, inputs: ["one_minus_z", "n"]),
        PointwiseOperation(id: "h_add", kind: .add, inputs: ["keep_mul", "new_mul"]),
    ]

    private static func lstmWiring(_ o: LSTMOptions) -> CellWiring {
        let name = o.peephole ? "peephole" : o.coupled ? "coupled" : o.forgetGate ? "lstm" : "lstm1997"
        let seesOld = o.peephole ? ["x", "h_prev", "c_prev"] : ["x", "h_prev"]
        var gates = [WiringGate(id: "i", role: "input", alias: "save", activation: "sigmoid", inputs: seesOld)]
        if o.hasForgetWeights {
            gates.insert(WiringGate(id: "f", role: "forget", alias: "remember", activation: "sigmoid", inputs: seesOld), at: 0)
        }
        gates.append(WiringGate(id: "g", role: "candidate", alias: nil, activation: "tanh", inputs: ["x", "h_prev"]))
        gates.append(WiringGate(
            id: "o", role: "output", alias: "focus", activation: "sigmoid",
            inputs: o.peephole ? ["x", "h_prev", "c_add"] : ["x", "h_prev"]))
        var ops: [PointwiseOperation] = []
        // The coupled cell's forget gate is not learned: f = 1 − i (remember = 1 − save).
        if o.coupled {
            ops.append(PointwiseOperation(id: "one_minus_i", kind: .oneMinus, inputs: ["i"], role: "forget", alias: "remember"))
        }
        if o.forgetGate {
            ops.append(PointwiseOperation(id: "forget_mul", kind: .multiply, inputs: [o.coupled ? "one_minus_i" : "f", "c_prev"]))
        }
        ops.append(PointwiseOperation(id: "input_mul", kind: .multiply, inputs: ["i", "g"]))
        ops.append(PointwiseOperation(id: "c_add", kind: .add, inputs: [o.forgetGate ? "forget_mul" : "c_prev", "input_mul"]))
        ops.append(PointwiseOperation(id: "c_tanh", kind: .tanh, inputs: ["c_add"]))
        ops.append(PointwiseOperation(id: "output_mul", kind: .multiply, inputs: ["o", "c_tanh"]))
        return .make(
            name: name, inputs: ["x", "h_prev", "c_prev"], outputs: ["h", "c"], gates: gates, operations: ops,
            outputSources: ["c": "c_add", "h": "output_mul"],
            lines: [StateLine(name: "c", from: "c_prev", to: "c"), StateLine(name: "h", from: "h_prev", to: "h")])
    }
}

extension CellWiring {
    /// Builds the connections from every node's inputs and the outputs' sources.
    static func make(
        name: String, inputs: [String], outputs: [String], gates: [WiringGate], operations: [PointwiseOperation],
        outputSources: [String: String], lines: [StateLine]
    ) -> CellWiring {
        var connections: [Connection] = []
        for g in gates { connections += g.inputs.map { Connection(from: $0, to: g.id) } }
        for op in operations { connections += op.inputs.map { Connection(from: $0, to: op.id) } }
        for out in outputs { if let s = outputSources[out] { connections.append(Connection(from: s, to: out)) } }
        return CellWiring(
            name: name, inputs: inputs, outputs: outputs, gates: gates, operations: operations,
            stateLines: lines, connections: connections)
    }
}
