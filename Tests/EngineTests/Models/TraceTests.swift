import Testing
@testable import Engine

@Suite struct TraceTests {
    @Test func lstmTraceIsConsistent() throws {
        let model = try RecurrentModel<Double>(spec: ModelSpec(cell: .lstm, hidden: 3, layers: 2), inputSize: 2, seed: 1)
        let x: Tensor<Double> = TestData.tensor([5, 2, 2], seed: 1)
        let pass = try model.forward(x)
        let top = try pass.trace(layer: 1)
        #expect(Set(top.gates.keys) == [.input, .forget, .candidate, .output])
        #expect(top.hidden == pass.output)
        let c = try #require(top.cellState), o = try #require(top.gates[.output])
        for j in 0..<c.count {
            #expect(abs(top.hidden.values[j] - o.values[j] * Double.tanh(c.values[j])) < 1e-15)
        }
        let f = try #require(top.gates[.forget], "forget").values, i = try #require(top.gates[.input]).values
        let g = try #require(top.gates[.candidate]).values
        // c_t = f c_{t−1} + i g at step 1.
        let n = 2 * 3
        for j in 0..<n {
            #expect(abs(c.values[n + j] - (f[n + j] * c.values[j] + i[n + j] * g[n + j])) < 1e-15)
        }
        #expect(throws: EngineError.self) { try pass.trace(layer: 2) }
    }

    @Test func coupledForgetIsOneMinusInput() throws {
        let model = try RecurrentModel<Double>(
            spec: ModelSpec(cell: .lstm(LSTMOptions(coupled: true)), hidden: 3), inputSize: 2, seed: 1)
        let trace = try model.forward(TestData.tensor([4, 1, 2], seed: 2)).trace(layer: 0)
        let f = try #require(trace.gates[.forget]).values, i = try #require(trace.gates[.input]).values
        #expect(zip(f, i).allSatisfy { $0 == 1 - $1 })
        let gru = try RecurrentModel<Double>(spec: ModelSpec(cell: .gru, hidden: 3), inputSize: 2, seed: 1)
        let gt = try gru.forward(TestData.tensor([4, 1, 2], seed: 2)).trace(layer: 0)
        #expect(Set(gt.gates.keys) == [.reset, .update, .candidate])
        #expect(gt.cellState == nil)
    }

    /// The last step's ‖∂L/∂h_T‖ is the norm of the output gradient there; the
    /// earlier ones include what flows back through time.
    @Test func gradientNormTraces() throws {
        let model = try RecurrentModel<Double>(spec: ModelSpec(cell: .lstm, hidden: 3), inputSize: 2, seed: 1)
        let x: Tensor<Double> = TestData.tensor([6, 2, 2], seed: 1)
        let pass = try model.forward(x)
        var g = [Double](repeating: 0, count: 6 * 2 * 3)
        for j in 0..<6 { g[5 * 6 + j] = Double(j + 1) }
        let back = try model.backward(pass, outputGradient: Tensor(shape: [6, 2, 3], values: g))
        let norms = try #require(back.hiddenGradientNorms.first)
        #expect(norms.count == 6)
        #expect(abs(norms[5] - (91.0).squareRoot()) < 1e-12)
        #expect(norms[0..<5].allSatisfy { $0 > 0 })
        #expect(back.cellGradientNorms.first?.count == 6)
    }
}

@Suite struct PredictionTests {
    /// Step-by-step passes carried by h_n/c_n give the same outputs as one pass,
    /// and the head's predictions equal the loss's.
    @Test func stepwiseEqualsWholeSequence() throws {
        let model = try RecurrentModel<Double>(spec: ModelSpec(cell: .lstm, hidden: 3, layers: 2), inputSize: 2, outputSize: 2, seed: 1)
        let x: Tensor<Double> = TestData.tensor([4, 2, 2], seed: 1)
        let whole = try model.forward(x)
        let all = try model.predictions(whole)
        var h: Tensor<Double>?, c: Tensor<Double>?
        for t in 0..<4 {
            let step = try Tensor(shape: [1, 2, 2], values: Array(x.values[(t * 4)..<((t + 1) * 4)]))
            let pass = try model.forward(step, h0: h, c0: c)
            h = pass.finalHidden
            c = pass.finalCell
            #expect(try model.predictions(pass).values == Array(all.values[(t * 4)..<((t + 1) * 4)]))
        }
        let loss = try model.loss(whole, Supervision(target: .values(all.values), steps: .every))
        #expect(loss.predictions.values == all.values)
        #expect(loss.loss == 0)
    }
}
