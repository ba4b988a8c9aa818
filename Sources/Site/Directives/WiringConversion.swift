import Engine
import Figures
import Lessons

/// The one conversion from the engine's wirings to the figures library's drawing
/// vocabulary. Every part is an exhaustive switch over a typed value, so a new
/// case on either side is a compile error here, never a silent fallback.
///
/// It lives in Site, the stage that turns what the engine publishes into figures
/// and the only one that imports both (Engine and Figures import nothing of ours,
/// so neither may know the other), like a codec converting at the edge.
enum WiringConversion {
    /// The engine's wiring of the cell a `diagram` directive names.
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

    /// The diagram a `diagram` directive draws: the engine's wiring of `cell`, converted.
    /// - Parameters:
    ///   - title: The figure's title (the directive's alt text); the cell's name when nil.
    static func diagram(of cell: DiagramCell, names: GateNames, title: String?, id: String?) -> CellDiagram {
        let wiring = figureWiring(engineWiring(for: cell), title: self.title(cell))
        return CellDiagram(wiring: wiring, naming: naming(names), title: title ?? wiring.name, id: id)
    }

    static func naming(_ names: GateNames) -> GateNaming {
        switch names {
        case .classic: .classic
        case .remember: .remember
        }
    }

    /// The cell as the figures library draws it, named `title`.
    static func figureWiring(_ w: Engine.CellWiring, title: String) -> Figures.CellWiring {
        // The RNN's one layer is drawn as "the hidden layer", not a candidate.
        let isOnlyLayer = w.gates.count == 1
        return Figures.CellWiring(
            name: title,
            gates: w.gates.map { Figures.Gate(id: $0.id, role: isOnlyLayer ? .hidden : role($0.role), activation: activation($0.activation)) },
            operations: w.operations.map { Figures.PointwiseOperation(id: $0.id, kind: kind($0.kind), role: $0.role.map(role)) },
            connections: w.connections.map { Figures.Connection(node($0.from), node($0.to)) })
    }

    static func role(_ role: WiringGate.Role) -> GateRole {
        switch role {
        case .gate(let gate): self.role(gate)
        case .linear: .linear
        }
    }

    static func role(_ gate: Engine.Gate) -> GateRole {
        switch gate {
        case .input: .input
        case .forget: .forget
        case .candidate: .candidate
        case .output: .output
        case .reset: .reset
        case .update: .update
        }
    }

    static func activation(_ activation: WiringGate.Activation) -> Figures.Activation {
        switch activation {
        case .sigmoid: .sigmoid
        case .tanh: .tanh
        case .relu: .relu
        case .linear: .linear
        }
    }

    static func kind(_ kind: Engine.PointwiseOperation.Kind) -> PointwiseKind {
        switch kind {
        case .multiply: .multiply
        case .add: .add
        case .oneMinus: .oneMinus
        case .tanh: .tanh
        }
    }

    static func node(_ node: Engine.CellWiring.Node) -> WiringNode {
        switch node {
        case .input: .input
        case .hiddenStateIn: .hiddenStateIn
        case .cellStateIn: .cellStateIn
        case .hiddenStateOut: .hiddenStateOut
        case .cellStateOut: .cellStateOut
        case .gate(let id): .gate(id)
        case .operation(let id): .operation(id)
        }
    }
}
