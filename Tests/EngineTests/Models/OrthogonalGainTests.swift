import Testing
@testable import Engine

/// `orthogonal(gain:)`: recurrent blocks are gain × an orthogonal matrix.
@Suite struct OrthogonalGainTests {
    /// Wᵀ W of every gate block of `weight_hh_l{layer}`, minus gain² I, at its largest entry.
    func largestDeviation(_ model: RecurrentModel<Double>, gain: Double, layer: Int = 0) throws -> Double {
        let h = model.spec.hidden
        let w = try #require(model.parameters["weight_hh_l\(layer)"]).values
        var worst = 0.0
        for block in 0..<(w.count / (h * h)) {
            let b = block * h * h
            for r in 0..<h {
                for s in 0..<h {
                    var dot = 0.0
                    for c in 0..<h { dot += w[b + c * h + r] * w[b + c * h + s] }
                    worst = max(worst, abs(dot - (r == s ? gain * gain : 0)))
                }
            }
        }
        return worst
    }

    @Test(arguments: [0.5, 1.0, 2.0, 100.0])
    func everySingularValueIsTheGain(gain: Double) throws {
        let cells: [CellKind] = [.rnn(.tanh), .gru, .lstm]
        for cell in cells {
            let model = try RecurrentModel<Double>(
                spec: ModelSpec(cell: cell, hidden: 5, layers: 2, initialization: .orthogonal(gain: gain)), inputSize: 3, seed: 9)
            for layer in 0..<2 {
                // Relative to gain², which is what an entry of Wᵀ W scales with.
                #expect(try largestDeviation(model, gain: gain, layer: layer) < 1e-5 * max(1, gain * gain), "\(cell) \(gain)")
            }
            #expect(try #require(model.parameters["bias_hh_l0"]).values.allSatisfy { $0 == 0 })
        }
    }

    @Test func gainScalesOnlyTheRecurrentWeights() throws {
        let spec = { (gain: Double) in ModelSpec(cell: .rnn(.tanh), hidden: 4, initialization: .orthogonal(gain: gain)) }
        let unit = try RecurrentModel<Float>(spec: spec(1), inputSize: 2, outputSize: 1, seed: 3)
        let large = try RecurrentModel<Float>(spec: spec(2.5), inputSize: 2, outputSize: 1, seed: 3)
        let unitHH = try #require(unit.parameters["weight_hh_l0"]).values
        let largeHH = try #require(large.parameters["weight_hh_l0"]).values
        // Float(2.5 × q) against 2.5 × Float(q): one rounding apart at most.
        #expect(zip(unitHH, largeHH).allSatisfy { abs(2.5 * $0 - $1) <= 4 * Float.ulpOfOne * max(1, abs($1)) })
        #expect(unitHH != largeHH)
        for name in ["weight_ih_l0", "bias_ih_l0", "head.weight", "head.bias"] {
            #expect(unit.parameters[name]?.values == large.parameters[name]?.values, "\(name)")
        }
    }

    @Test func unitGainIsTheEarlierOrthogonal() throws {
        // `.orthogonal` is shorthand for gain 1: the same draws, bit for bit.
        let a = try RecurrentModel<Double>(spec: ModelSpec(cell: .gru, hidden: 6, initialization: .orthogonal), inputSize: 2, seed: 4)
        let b = try RecurrentModel<Double>(
            spec: ModelSpec(cell: .gru, hidden: 6, initialization: .orthogonal(gain: 1)), inputSize: 2, seed: 4)
        #expect(Initialization.orthogonal == .orthogonal(gain: 1))
        #expect(a.parameters == b.parameters)
        // And those are the unscaled Gram–Schmidt draws that followed weight_ih_l0's 3H × 2 uniforms.
        var rng = SeededGenerator(seed: 4, stream: "init")
        for _ in 0..<(3 * 6 * 2) { _ = rng.nextUnit() }
        let plain = (0..<3).flatMap { _ in Initializer.orthogonal(6, &rng) }
        #expect(try #require(b.parameters["weight_hh_l0"]).values == plain)
    }
}
