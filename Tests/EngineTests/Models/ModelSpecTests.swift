import Foundation
import Testing
@testable import Engine

@Suite struct ModelSpecTests {
    @Test func pytorchNamesShapesAndCounts() throws {
        let layout = try ParameterLayout(spec: ModelSpec(cell: .lstm, hidden: 5, layers: 2), inputSize: 3, outputSize: 2)
        #expect(layout.entries.map(\.name) == [
            "weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0",
            "weight_ih_l1", "weight_hh_l1", "bias_ih_l1", "bias_hh_l1", "head.weight", "head.bias",
        ])
        #expect(layout.entries.map(\.shape) == [[20, 3], [20, 5], [20], [20], [20, 5], [20, 5], [20], [20], [2, 5], [2]])
        // nn.LSTM(3, 5, 2) has 4·5·(3+5+2) + 4·5·(5+5+2) = 440 parameters, nn.Linear(5, 2) 12.
        #expect(layout.parameterCount == 452)
        let gru = try ParameterLayout(spec: ModelSpec(cell: .gru, hidden: 4), inputSize: 2, outputSize: nil)
        #expect(gru.parameterCount == 3 * 4 * (2 + 4 + 2))
        let rnn = try ParameterLayout(spec: ModelSpec(cell: .rnn(.relu), hidden: 4), inputSize: 2, outputSize: nil)
        #expect(rnn.parameterCount == 4 * (2 + 4 + 2))
    }

    @Test func variantsHaveTheirOwnLayouts() throws {
        let peephole = try ParameterLayout(
            spec: ModelSpec(cell: .lstm(LSTMOptions(peephole: true)), hidden: 3), inputSize: 2, outputSize: nil)
        #expect(peephole.entries.last?.name == "weight_ch_l0")
        #expect(peephole.entries.last?.shape == [9])
        let coupled = try ParameterLayout(
            spec: ModelSpec(cell: .lstm(LSTMOptions(peephole: true, coupled: true)), hidden: 3), inputSize: 2, outputSize: nil)
        #expect(coupled.entries[0].shape == [9, 2])
        #expect(coupled.entries.last?.shape == [6])
        #expect(CellKind.lstm(LSTMOptions(forgetGate: false)).gates == [.input, .candidate, .output])
    }

    @Test func defaultInitIsUniformInPlusMinusOneOverRootH() throws {
        let model = try RecurrentModel<Double>(spec: ModelSpec(cell: .lstm, hidden: 16), inputSize: 3, outputSize: 1, seed: 3)
        let bound = 1 / 4.0
        for (_, t) in model.parameters.tensors {
            #expect(t.values.allSatisfy { abs($0) <= bound })
        }
        let all = model.parameters.tensors.flatMap(\.tensor.values)
        #expect(all.max() ?? 0 > 0.9 * bound)
        let again = try RecurrentModel<Double>(spec: ModelSpec(cell: .lstm, hidden: 16), inputSize: 3, outputSize: 1, seed: 3)
        #expect(again.parameters == model.parameters)
    }

    @Test func forgetBiasSetsTheEffectiveBias() throws {
        let model = try RecurrentModel<Double>(
            spec: ModelSpec(cell: .lstm(LSTMOptions(forgetBias: 1)), hidden: 3, layers: 2), inputSize: 2, seed: 1)
        for k in 0..<2 {
            let bih = try #require(model.parameters["bias_ih_l\(k)"]).values
            let bhh = try #require(model.parameters["bias_hh_l\(k)"]).values
            #expect(Array(bih[3..<6]) == [1, 1, 1])
            #expect(Array(bhh[3..<6]) == [0, 0, 0])
        }
        let coupled = try RecurrentModel<Double>(
            spec: ModelSpec(cell: .lstm(LSTMOptions(forgetBias: 2, coupled: true)), hidden: 3), inputSize: 2, seed: 1)
        #expect(Array(try #require(coupled.parameters["bias_ih_l0"]).values[0..<3]) == [-2, -2, -2])
    }

    @Test func chronoDrawsLogUniformForgetBiases() throws {
        let model = try RecurrentModel<Double>(
            spec: ModelSpec(cell: .lstm, hidden: 50, initialization: .chrono(maxLength: 100)), inputSize: 2, seed: 1)
        let bih = try #require(model.parameters["bias_ih_l0"]).values
        let forget = Array(bih[50..<100]), input = Array(bih[0..<50])
        #expect(forget.allSatisfy { $0 >= 0 && $0 <= Elementary.log(99.0) })
        #expect(zip(forget, input).allSatisfy { $0 == -$1 })
        #expect(try #require(model.parameters["bias_hh_l0"]).values[0..<100].allSatisfy { $0 == 0 })
        // u = e^b is uniform on [1, 99]: its mean is near 50 and its draws cover the range.
        let u = forget.map { Elementary.exp($0) }
        let mean = u.reduce(0, +) / Double(u.count)
        #expect(abs(mean - 50) < 10, "mean of u = \(mean)")
        #expect((u.min() ?? 99) < 15 && (u.max() ?? 0) > 85)
    }

    /// No forget bias given: the initialisation's own draw stands, for PyTorch's and for chrono's.
    @Test func anAbsentForgetBiasKeepsTheDraw() throws {
        let h = 32
        let plain = try RecurrentModel<Double>(spec: ModelSpec(cell: .lstm(LSTMOptions(forgetBias: nil)), hidden: h), inputSize: 2, seed: 5)
        let forget = Array(try #require(plain.parameters["bias_ih_l0"]).values[h..<(2 * h)])
        let bound = 1 / Double(h).squareRoot()
        #expect(forget.allSatisfy { abs($0) <= bound })
        #expect(Set(forget).count == h, "drawn per unit, not a constant")
        #expect((forget.max() ?? 0) > 0.5 * bound && (forget.min() ?? 0) < -0.5 * bound)
        let chrono = try RecurrentModel<Double>(
            spec: ModelSpec(cell: .lstm(LSTMOptions(forgetBias: nil)), hidden: h, initialization: .chrono(maxLength: 100)), inputSize: 2, seed: 5)
        let chronoForget = Array(try #require(chrono.parameters["bias_ih_l0"]).values[h..<(2 * h)])
        #expect(chronoForget.allSatisfy { $0 >= 0 && $0 <= Elementary.log(99.0) } && Set(chronoForget).count == h)
    }

    @Test func orthogonalRecurrentBlocks() throws {
        let h = 6
        let model = try RecurrentModel<Double>(
            spec: ModelSpec(cell: .gru, hidden: h, initialization: .orthogonal), inputSize: 2, seed: 4)
        let w = try #require(model.parameters["weight_hh_l0"]).values
        for block in 0..<3 {
            for r in 0..<h {
                for s in 0..<h {
                    var dot = 0.0
                    for c in 0..<h { dot += w[block * h * h + r * h + c] * w[block * h * h + s * h + c] }
                    #expect(abs(dot - (r == s ? 1 : 0)) < 1e-12)
                }
            }
        }
        #expect(try #require(model.parameters["bias_ih_l0"]).values.allSatisfy { $0 == 0 })
    }

    @Test func xavierBound() throws {
        let model = try RecurrentModel<Double>(
            spec: ModelSpec(cell: .rnn(.tanh), hidden: 10, initialization: .xavier), inputSize: 5, seed: 4)
        let bound = (6.0 / 15).squareRoot()
        let w = try #require(model.parameters["weight_ih_l0"]).values
        #expect(w.allSatisfy { abs($0) <= bound } && (w.max() ?? 0) > 0.5 * bound)
    }
}

@Suite struct ModelSpecCodingTests {
    @Test func specsRoundTripThroughJSON() throws {
        let specs = [
            ModelSpec(cell: .lstm(LSTMOptions(forgetBias: 1, peephole: true)), hidden: 8, layers: 2, initialization: .chrono(maxLength: 100)),
            ModelSpec(cell: .gru(resetAfter: false), hidden: 4, initialization: .orthogonal),
            ModelSpec(cell: .rnn(.relu), hidden: 3, initialization: .xavier),
        ]
        let decoded = try JSONDecoder().decode([ModelSpec].self, from: JSONEncoder().encode(specs))
        #expect(decoded == specs)
    }
}
