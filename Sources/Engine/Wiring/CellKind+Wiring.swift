extension CellKind {
    /// This variant's wiring: gates, pointwise operations and connections.
    public var wiring: CellWiring {
        switch self {
        case .rnn(let f):
            return .make(
                name: "rnn", inputs: [.input, .hiddenStateIn], outputs: [.hiddenStateOut],
                gates: [WiringGate(id: "a", role: .gate(.candidate), alias: nil, activation: .init(f), inputs: [.input, .hiddenStateIn])],
                operations: [], outputSources: [.hiddenStateOut: .gate("a")],
                lines: [StateLine(name: "h", from: .hiddenStateIn, to: .hiddenStateOut)])
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
        name: "gru", inputs: [.input, .hiddenStateIn], outputs: [.hiddenStateOut],
        gates: [
            WiringGate(id: "r", role: .gate(.reset), alias: nil, activation: .sigmoid, inputs: [.input, .hiddenStateIn]),
            WiringGate(id: "z", role: .gate(.update), alias: nil, activation: .sigmoid, inputs: [.input, .hiddenStateIn]),
            WiringGate(id: "n_h", role: .linear, alias: nil, activation: .linear, inputs: [.hiddenStateIn]),
            WiringGate(id: "n_x", role: .linear, alias: nil, activation: .linear, inputs: [.input]),
        ],
        operations: [
            PointwiseOperation(id: "reset_mul", kind: .multiply, inputs: [.gate("r"), .gate("n_h")]),
            PointwiseOperation(id: "n_add", kind: .add, inputs: [.gate("n_x"), .operation("reset_mul")]),
            PointwiseOperation(id: "n", kind: .tanh, inputs: [.operation("n_add")], role: .candidate),
        ] + gruUpdate(candidate: .operation("n")),
        outputSources: [.hiddenStateOut: .operation("h_add")],
        lines: [StateLine(name: "h", from: .hiddenStateIn, to: .hiddenStateOut)])

    /// Cho et al.'s GRU (`resetAfter: false`): n = tanh(W_in x + b_in + W_hn (r ⊙ h) + b_hn).
    /// The reset gate scales h before the product, so the candidate is a layer over [x, r ⊙ h].
    private static let gruResetBeforeWiring = CellWiring.make(
        name: "gru-cho", inputs: [.input, .hiddenStateIn], outputs: [.hiddenStateOut],
        gates: [
            WiringGate(id: "r", role: .gate(.reset), alias: nil, activation: .sigmoid, inputs: [.input, .hiddenStateIn]),
            WiringGate(id: "z", role: .gate(.update), alias: nil, activation: .sigmoid, inputs: [.input, .hiddenStateIn]),
            WiringGate(id: "n", role: .gate(.candidate), alias: nil, activation: .tanh, inputs: [.input, .operation("reset_mul")]),
        ],
        operations: [PointwiseOperation(id: "reset_mul", kind: .multiply, inputs: [.gate("r"), .hiddenStateIn])]
            + gruUpdate(candidate: .gate("n")),
        outputSources: [.hiddenStateOut: .operation("h_add")],
        lines: [StateLine(name: "h", from: .hiddenStateIn, to: .hiddenStateOut)])

    /// h = (1 − z) ⊙ n + z ⊙ h_prev, the same in both forms; n is a gate or an operation.
    private static func gruUpdate(candidate: CellWiring.Node) -> [PointwiseOperation] {
        [
            PointwiseOperation(id: "one_minus_z", kind: .oneMinus, inputs: [.gate("z")]),
            PointwiseOperation(id: "keep_mul", kind: .multiply, inputs: [.gate("z"), .hiddenStateIn]),
            PointwiseOperation(id: "new_mul", kind: .multiply, inputs: [.operation("one_minus_z"), candidate]),
            PointwiseOperation(id: "h_add", kind: .add, inputs: [.operation("keep_mul"), .operation("new_mul")]),
        ]
    }

    private static func lstmWiring(_ o: LSTMOptions) -> CellWiring {
        let name = o.peephole ? "peephole" : o.coupled ? "coupled" : o.forgetGate ? "lstm" : "lstm1997"
        let both: [CellWiring.Node] = [.input, .hiddenStateIn]
        let seesOld = o.peephole ? both + [.cellStateIn] : both
        var gates = [WiringGate(id: "i", role: .gate(.input), alias: "save", activation: .sigmoid, inputs: seesOld)]
        if o.hasForgetWeights {
            gates.insert(WiringGate(id: "f", role: .gate(.forget), alias: "remember", activation: .sigmoid, inputs: seesOld), at: 0)
        }
        gates.append(WiringGate(id: "g", role: .gate(.candidate), alias: nil, activation: .tanh, inputs: both))
        gates.append(WiringGate(
            id: "o", role: .gate(.output), alias: "focus", activation: .sigmoid,
            inputs: o.peephole ? both + [.operation("c_add")] : both))
        var ops: [PointwiseOperation] = []
        // The coupled cell's forget gate is not learned: f = 1 − i (remember = 1 − save).
        if o.coupled {
            ops.append(PointwiseOperation(id: "one_minus_i", kind: .oneMinus, inputs: [.gate("i")], role: .forget, alias: "remember"))
        }
        if o.forgetGate {
            let forget: CellWiring.Node = o.coupled ? .operation("one_minus_i") : .gate("f")
            ops.append(PointwiseOperation(id: "forget_mul", kind: .multiply, inputs: [forget, .cellStateIn]))
        }
        ops.append(PointwiseOperation(id: "input_mul", kind: .multiply, inputs: [.gate("i"), .gate("g")]))
        let kept: CellWiring.Node = o.forgetGate ? .operation("forget_mul") : .cellStateIn
        ops.append(PointwiseOperation(id: "c_add", kind: .add, inputs: [kept, .operation("input_mul")]))
        ops.append(PointwiseOperation(id: "c_tanh", kind: .tanh, inputs: [.operation("c_add")]))
        ops.append(PointwiseOperation(id: "output_mul", kind: .multiply, inputs: [.gate("o"), .operation("c_tanh")]))
        return .make(
            name: name, inputs: [.input, .hiddenStateIn, .cellStateIn], outputs: [.hiddenStateOut, .cellStateOut],
            gates: gates, operations: ops,
            outputSources: [.cellStateOut: .operation("c_add"), .hiddenStateOut: .operation("output_mul")],
            lines: [StateLine(name: "c", from: .cellStateIn, to: .cellStateOut),
                    StateLine(name: "h", from: .hiddenStateIn, to: .hiddenStateOut)])
    }
}

extension CellWiring {
    /// Builds the connections from every node's inputs and the outputs' sources.
    static func make(
        name: String, inputs: [Node], outputs: [Node], gates: [WiringGate], operations: [PointwiseOperation],
        outputSources: [Node: Node], lines: [StateLine]
    ) -> CellWiring {
        var connections: [Connection] = []
        for g in gates { connections += g.inputs.map { Connection(from: $0, to: .gate(g.id)) } }
        for op in operations { connections += op.inputs.map { Connection(from: $0, to: .operation(op.id)) } }
        for out in outputs { if let s = outputSources[out] { connections.append(Connection(from: s, to: out)) } }
        return CellWiring(
            name: name, inputs: inputs, outputs: outputs, gates: gates, operations: operations,
            stateLines: lines, connections: connections)
    }
}
