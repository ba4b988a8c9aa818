import Testing
@testable import Engine

/// Central differences in Float64 against the hand-written BPTT, for every
/// cell, option and loss: per tensor max|analytic − numeric| / max|numeric| ≤ 1e-6.
@Suite struct GradientCheckTests {
    static let (T, B, I, O) = (4, 2, 3, 3)

    static let cells: [(String, CellKind)] = [
        ("rnn tanh", .rnn(.tanh)),
        ("rnn relu", .rnn(.relu)),
        ("lstm", .lstm),
        ("lstm peephole", .lstm(LSTMOptions(peephole: true))),
        ("lstm coupled", .lstm(LSTMOptions(coupled: true))),
        ("lstm coupled peephole", .lstm(LSTMOptions(peephole: true, coupled: true))),
        ("lstm no forget gate", .lstm(LSTMOptions(forgetGate: false))),
        ("lstm no forget gate peephole", .lstm(LSTMOptions(peephole: true, forgetGate: false))),
        ("gru reset after", .gru(resetAfter: true)),
        ("gru reset before", .gru(resetAfter: false)),
    ]

    @Test(arguments: cells.map(\.0))
    func oneLayerMSE(cell: String) throws {
        try check(cell: cell, layers: 1, supervision: Self.mse(.every))
    }

    @Test(arguments: cells.map(\.0))
    func twoLayersCrossEntropyMasked(cell: String) throws {
        let mask = (0..<(Self.T * Self.B)).map { $0 % 3 != 1 }
        try check(cell: cell, layers: 2, supervision: Self.crossEntropy(.masked(mask)))
    }

    @Test(arguments: [
        ("mse every", mse(.every)), ("mse last", mse(.last)),
        ("mse masked", mse(.masked((0..<(T * B)).map { $0 % 2 == 0 }))),
        ("ce every", crossEntropy(.every)), ("ce last", crossEntropy(.last)),
    ])
    func everyLoss(name: String, supervision: Supervision<Double>) throws {
        try check(cell: "lstm peephole", layers: 2, supervision: supervision)
    }

    static func mse(_ steps: StepSelection) -> Supervision<Double> {
        let n = steps == .last ? B : T * B
        let t: Tensor<Double> = TestData.tensor([n, O], seed: 7)
        return Supervision(target: .values(t.values), steps: steps)
    }

    static func crossEntropy(_ steps: StepSelection) -> Supervision<Double> {
        let n = steps == .last ? B : T * B
        return Supervision(target: .classes((0..<n).map { ($0 * 7 + 1) % O }), steps: steps)
    }

    func check(cell name: String, layers: Int, supervision: Supervision<Double>) throws {
        let cell = try #require(Self.cells.first { $0.0 == name }?.1)
        let spec = ModelSpec(cell: cell, hidden: 3, layers: layers)
        var model = try RecurrentModel<Double>(spec: spec, inputSize: Self.I, outputSize: Self.O, seed: 11)
        // Random peepholes (they start at zero only for some initialisers).
        for (pname, t) in model.parameters.tensors where pname.hasPrefix("weight_ch") {
            model.parameters[pname] = TestData.tensor(t.shape, seed: 5, scale: 0.5)
        }
        let x: Tensor<Double> = TestData.tensor([Self.T, Self.B, Self.I], seed: 1)
        let h0: Tensor<Double> = TestData.tensor([layers, Self.B, 3], seed: 2, scale: 0.5)
        let c0: Tensor<Double>? = cell.hasCellState ? TestData.tensor([layers, Self.B, 3], seed: 3, scale: 0.5) : nil
        let analytic = try model.gradients(input: x, supervision: supervision, h0: h0, c0: c0)

        func loss(_ m: RecurrentModel<Double>, _ x: Tensor<Double>, _ h0: Tensor<Double>, _ c0: Tensor<Double>?) throws -> Double {
            try m.loss(m.forward(x, h0: h0, c0: c0), supervision).loss
        }
        func numeric(_ values: [Double], _ f: ([Double]) throws -> Double) rethrows -> [Double] {
            let eps = 1e-5
            return try values.indices.map { j in
                var plus = values, minus = values
                plus[j] += eps
                minus[j] -= eps
                return (try f(plus) - f(minus)) / (2 * eps)
            }
        }
        for (pname, t) in model.parameters.tensors {
            let num = try numeric(t.values) { v in
                var m = model
                m.parameters[pname] = try Tensor(shape: t.shape, values: v)
                return try loss(m, x, h0, c0)
            }
            let ana = try #require(analytic.gradients[pname]).values
            #expect(TestData.relativeError(ana, num) <= 1e-6, "\(name) \(pname)")
        }
        let numX = try numeric(x.values) { try loss(model, Tensor(shape: x.shape, values: $0), h0, c0) }
        #expect(TestData.relativeError((analytic.backward.input?.values ?? []), numX) <= 1e-6, "\(name) input")
        let numH = try numeric(h0.values) { try loss(model, x, Tensor(shape: h0.shape, values: $0), c0) }
        #expect(TestData.relativeError(analytic.backward.initialHidden.values, numH) <= 1e-6, "\(name) h0")
        if let c0 {
            let numC = try numeric(c0.values) { try loss(model, x, h0, Tensor(shape: c0.shape, values: $0)) }
            let ana = try #require(analytic.backward.initialCell).values
            #expect(TestData.relativeError(ana, numC) <= 1e-6, "\(name) c0")
        }
    }
}
