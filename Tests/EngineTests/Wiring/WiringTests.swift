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

    static func inputs(of id: String, in w: CellWiring) -> [String]? {
        w.gates.first { $0.id == id }?.inputs ?? w.operations.first { $0.id == id }?.inputs
    }

    /// PyTorch's GRU: n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn)). r multiplies the
    /// recurrent product, and nothing weights r ⊙ (…) again.
    @Test func resetAfterGRUScalesTheRecurrentProduct() throws {
        let w = CellKind.gru(resetAfter: true).wiring
        #expect(w.name == "gru")
        let linear = try #require(w.gates.first { $0.id == "n_h" })
        #expect(linear.activation == "linear" && linear.inputs == ["h_prev"])
        #expect(Self.inputs(of: "n_x", in: w) == ["x"])
        #expect(Self.inputs(of: "reset_mul", in: w) == ["r", "n_h"])
        #expect(Self.inputs(of: "n_add", in: w) == ["n_x", "reset_mul"])
        let candidate = try #require(w.operations.first { $0.id == "n" })
        #expect(candidate.kind == .tanh && candidate.inputs == ["n_add"] && candidate.role == "candidate")
        #expect(!w.connections.contains(Connection(from: "h_prev", to: "reset_mul")), "r does not scale h itself")
        #expect(!w.gates.contains { $0.inputs.contains("reset_mul") }, "no weight acts on r ⊙ (W_hn h + b_hn)")
        #expect(Self.inputs(of: "new_mul", in: w) == ["one_minus_z", "n"])
        #expect(Self.inputs(of: "keep_mul", in: w) == ["z", "h_prev"])
    }

    /// Cho et al.'s GRU: n = tanh(W_in x + b_in + W_hn (r ⊙ h) + b_hn): r scales h, then a layer.
    @Test func resetBeforeGRUScalesTheState() throws {
        let w = CellKind.gru(resetAfter: false).wiring
        #expect(w.name == "gru-cho")
        #expect(Self.inputs(of: "reset_mul", in: w) == ["r", "h_prev"])
        let candidate = try #require(w.gates.first { $0.id == "n" })
        #expect(candidate.activation == "tanh" && candidate.role == "candidate" && candidate.inputs == ["x", "reset_mul"])
        #expect(!w.gates.contains { $0.activation == "linear" })
    }

    /// The coupled cell computes f = 1 − i (the engine's forward pass): its forget gate is the
    /// operation 1 − i, named forget / remember, and it scales c_prev.
    @Test func coupledForgetIsOneMinusInput() throws {
        let w = CellKind.lstm(LSTMOptions(coupled: true)).wiring
        let forget = try #require(w.operations.first { $0.kind == .oneMinus })
        #expect(forget.inputs == ["i"] && forget.role == "forget" && forget.alias == "remember")
        #expect(Self.inputs(of: "forget_mul", in: w) == [forget.id, "c_prev"])
        #expect(w.gates.first { $0.id == "i" }?.alias == "save")
        #expect(Self.inputs(of: "input_mul", in: w) == ["i", "g"])
    }
}
