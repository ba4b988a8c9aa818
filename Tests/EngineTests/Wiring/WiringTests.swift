import Foundation
import Testing
@testable import Engine

@Suite struct WiringTests {
    static let variants: [CellKind] = [
        .rnn(.tanh), .lstm, .lstm(LSTMOptions(peephole: true)), .lstm(LSTMOptions(coupled: true)),
        .lstm(LSTMOptions(forgetGate: false)), .gru, .gru(resetAfter: false),
    ]

    @Test(arguments: variants)
    func everyConnectionJoinsKnownNodes(cell: CellKind) throws {
        let w = cell.wiring
        let nodes = Set(w.inputs + w.outputs + w.gates.map(\.id) + w.operations.map(\.id))
        #expect(nodes.count == w.inputs.count + w.outputs.count + w.gates.count + w.operations.count)
        for c in w.connections {
            #expect(nodes.contains(c.from) && nodes.contains(c.to), "\(w.name): \(c)")
        }
        for out in w.outputs { #expect(w.connections.contains { $0.to == out }, "\(w.name): nothing reaches \(out)") }
        let decoded = try JSONDecoder().decode(CellWiring.self, from: JSONEncoder().encode(w))
        #expect(decoded == w)
    }

    @Test func variantsDiffer() {
        #expect(CellKind.lstm.wiring.name == "lstm")
        #expect(CellKind.lstm.wiring.gates.map(\.role) == ["forget", "input", "candidate", "output"])
        #expect(CellKind.lstm.wiring.gates.compactMap(\.alias) == ["remember", "save", "focus"])
        let coupled = CellKind.lstm(LSTMOptions(coupled: true)).wiring
        #expect(coupled.name == "coupled" && coupled.operations.contains { $0.kind == .oneMinus })
        #expect(!coupled.gates.contains { $0.role == "forget" })
        let old = CellKind.lstm(LSTMOptions(forgetGate: false)).wiring
        #expect(old.name == "lstm1997" && !old.operations.contains { $0.id == "forget_mul" })
        let peephole = CellKind.lstm(LSTMOptions(peephole: true)).wiring
        #expect(peephole.connections.contains(Connection(from: "c_prev", to: "f")))
        #expect(peephole.connections.contains(Connection(from: "c_add", to: "o")))
        #expect(CellKind.gru.wiring.stateLines.map(\.name) == ["h"])
        #expect(CellKind.lstm.wiring.stateLines.map(\.name) == ["c", "h"])
    }
}
