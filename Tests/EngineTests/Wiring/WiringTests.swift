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
        let nodes = Set(w.inputs + w.outputs + w.gates.map { .gate($0.id) } + w.operations.map { .operation($0.id) })
        #expect(nodes.count == w.inputs.count + w.outputs.count + w.gates.count + w.operations.count)
        #expect(Set(nodes.map(\.id)).count == nodes.count, "\(w.name): two nodes share an id in the JSON")
        for c in w.connections {
            #expect(nodes.contains(c.from) && nodes.contains(c.to), "\(w.name): \(c)")
        }
        for out in w.outputs { #expect(w.connections.contains { $0.to == out }, "\(w.name): nothing reaches \(out)") }
        for line in w.stateLines { #expect(w.inputs.contains(line.from) && w.outputs.contains(line.to)) }
    }

    /// The published JSON names every node by its id and every role, activation and kind by its word.
    @Test func publishedJSON() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let rnn = String(decoding: try encoder.encode(CellKind.rnn(.relu).wiring), as: UTF8.self)
        #expect(rnn == #"{"connections":[{"from":"x","to":"a"},{"from":"h_prev","to":"a"},{"from":"a","to":"h"}],"#
            + #""gates":[{"activation":"relu","id":"a","inputs":["x","h_prev"],"role":"candidate"}],"inputs":["x","h_prev"],"#
            + #""name":"rnn","operations":[],"outputs":["h"],"stateLines":[{"from":"h_prev","name":"h","to":"h"}]}"#)
        let gru = String(decoding: try encoder.encode(CellKind.gru.wiring), as: UTF8.self)
        #expect(gru.contains(#"{"activation":"linear","id":"n_h","inputs":["h_prev"],"role":"linear"}"#))
        #expect(gru.contains(#"{"id":"n","inputs":["n_add"],"kind":"tanh","role":"candidate"}"#))
        let coupled = String(decoding: try encoder.encode(CellKind.lstm(LSTMOptions(coupled: true)).wiring), as: UTF8.self)
        #expect(coupled.contains(#"{"alias":"remember","id":"one_minus_i","inputs":["i"],"kind":"oneMinus","role":"forget"}"#))
    }

    @Test func variantsDiffer() {
        #expect(CellKind.lstm.wiring.name == "lstm")
        #expect(CellKind.lstm.wiring.gates.map(\.role) == [.gate(.forget), .gate(.input), .gate(.candidate), .gate(.output)])
        #expect(CellKind.lstm.wiring.gates.compactMap(\.alias) == ["remember", "save", "focus"])
        let coupled = CellKind.lstm(LSTMOptions(coupled: true)).wiring
        #expect(coupled.name == "coupled" && coupled.operations.contains { $0.kind == .oneMinus })
        #expect(!coupled.gates.contains { $0.role == .gate(.forget) })
        let old = CellKind.lstm(LSTMOptions(forgetGate: false)).wiring
        #expect(old.name == "lstm1997" && !old.operations.contains { $0.id == "forget_mul" })
        let peephole = CellKind.lstm(LSTMOptions(peephole: true)).wiring
        #expect(peephole.connections.contains(Connection(from: .cellStateIn, to: .gate("f"))))
        #expect(peephole.connections.contains(Connection(from: .operation("c_add"), to: .gate("o"))))
        #expect(CellKind.gru.wiring.stateLines.map(\.name) == ["h"])
        #expect(CellKind.lstm.wiring.stateLines.map(\.name) == ["c", "h"])
    }

    static func inputs(of id: String, in w: CellWiring) -> [CellWiring.Node]? {
        w.gates.first { $0.id == id }?.inputs ?? w.operations.first { $0.id == id }?.inputs
    }

    /// PyTorch's GRU: n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn)). r multiplies the
    /// recurrent product, and nothing weights r ⊙ (…) again.
    @Test func resetAfterGRUScalesTheRecurrentProduct() throws {
        let w = CellKind.gru(resetAfter: true).wiring
        #expect(w.name == "gru")
        let linear = try #require(w.gates.first { $0.id == "n_h" })
        #expect(linear.activation == .linear && linear.role == .linear && linear.inputs == [.hiddenStateIn])
        #expect(Self.inputs(of: "n_x", in: w) == [.input])
        #expect(Self.inputs(of: "reset_mul", in: w) == [.gate("r"), .gate("n_h")])
        #expect(Self.inputs(of: "n_add", in: w) == [.gate("n_x"), .operation("reset_mul")])
        let candidate = try #require(w.operations.first { $0.id == "n" })
        #expect(candidate.kind == .tanh && candidate.inputs == [.operation("n_add")] && candidate.role == .candidate)
        #expect(!w.connections.contains(Connection(from: .hiddenStateIn, to: .operation("reset_mul"))), "r does not scale h itself")
        #expect(!w.gates.contains { $0.inputs.contains(.operation("reset_mul")) }, "no weight acts on r ⊙ (W_hn h + b_hn)")
        #expect(Self.inputs(of: "new_mul", in: w) == [.operation("one_minus_z"), .operation("n")])
        #expect(Self.inputs(of: "keep_mul", in: w) == [.gate("z"), .hiddenStateIn])
    }

    /// Cho et al.'s GRU: n = tanh(W_in x + b_in + W_hn (r ⊙ h) + b_hn): r scales h, then a layer.
    @Test func resetBeforeGRUScalesTheState() throws {
        let w = CellKind.gru(resetAfter: false).wiring
        #expect(w.name == "gru-cho")
        #expect(Self.inputs(of: "reset_mul", in: w) == [.gate("r"), .hiddenStateIn])
        let candidate = try #require(w.gates.first { $0.id == "n" })
        #expect(candidate.activation == .tanh && candidate.role == .gate(.candidate) && candidate.inputs == [.input, .operation("reset_mul")])
        #expect(Self.inputs(of: "new_mul", in: w) == [.operation("one_minus_z"), .gate("n")])
        #expect(!w.gates.contains { $0.activation == .linear })
    }

    /// The coupled cell computes f = 1 − i (the engine's forward pass): its forget gate is the
    /// operation 1 − i, named forget / remember, and it scales c_prev.
    @Test func coupledForgetIsOneMinusInput() throws {
        let w = CellKind.lstm(LSTMOptions(coupled: true)).wiring
        let forget = try #require(w.operations.first { $0.kind == .oneMinus })
        #expect(forget.inputs == [.gate("i")] && forget.role == .forget && forget.alias == "remember")
        #expect(Self.inputs(of: "forget_mul", in: w) == [.operation(forget.id), .cellStateIn])
        #expect(w.gates.first { $0.id == "i" }?.alias == "save")
        #expect(Self.inputs(of: "input_mul", in: w) == [.gate("i"), .gate("g")])
    }
}
