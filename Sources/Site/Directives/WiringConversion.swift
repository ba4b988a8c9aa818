import Engine
import Figures
import Lessons

/// The engine publishes each cell's wiring as data; the figures library
/// draws a diagram from its own, equivalent description.
enum WiringConversion {
    static func engineWiring(for cell: DiagramCell) -> Engine.CellWiring {
        switch cell {
        case .rnn: CellKind.rnn(.tanh).wiring
        case .lstm: CellKind.lstm(Engine.LSTMOptions()).wiring
        case .gru: CellKind.gru(resetAfter: true).wiring
        case .gruCho: CellKind.gru(resetAfter: false).wiring
        case .peephole: CellKind.lstm(Engine.LSTMOptions(peephole: true)).wiring
        case .coupled: CellKind.lstm(Engine.LSTMOptions(coupled: true)).wiring
        case .lstm1997: CellKind.lstm(Engine.LSTMOptions(forgetGate: false)).wiring
        }
    }

    static func title(_ cell: DiagramCell) -> String {
        switch cell {
        case .rnn: "RNN"
        case .lstm: "LSTM"
        case .gru: "GRU"
        case .gruCho: "GRU, reset before the product (Cho et al. 2014)"
        case .peephole: "peephole LSTM"
        case .coupled: "coupled-gate LSTM"
        case .lstm1997: "LSTM (1997, no forget gate)"
        }
    }

    static func figureWiring(_ w: Engine.CellWiring, title: String) -> Figures.CellWiring {
        let gates = w.gates.map { gate in
            Figures.Gate(id: gate.id, role: role(gate, single: w.gates.count == 1), activation: Activation(rawValue: gate.activation) ?? .tanh)
        }
        let operations = w.operations.map { op in
            Figures.PointwiseOperation(id: op.id, kind: PointwiseKind(rawValue: op.kind.rawValue) ?? .multiply,
                                       role: op.role.flatMap(GateRole.init(rawValue:)))
        }
        let gateIDs = Set(w.gates.map(\.id)), opIDs = Set(w.operations.map(\.id))
        func node(_ id: String) -> WiringNode? {
            switch id {
            case "x": .input
            case "h_prev": .hiddenStateIn
            case "c_prev": .cellStateIn
            case "h": .hiddenStateOut
            case "c": .cellStateOut
            default: gateIDs.contains(id) ? .gate(id) : opIDs.contains(id) ? .operation(id) : nil
            }
        }
        let connections = w.connections.compactMap { c -> Figures.Connection? in
            guard let from = node(c.from), let to = node(c.to) else { return nil }
            return Figures.Connection(from, to)
        }
        return Figures.CellWiring(name: title, gates: gates, operations: operations, connections: connections)
    }

    /// The RNN's one layer is drawn as "the hidden layer", not a candidate.
    static func role(_ gate: WiringGate, single: Bool) -> GateRole {
        if single { return .hidden }
        return GateRole(rawValue: gate.role) ?? .candidate
    }
}
