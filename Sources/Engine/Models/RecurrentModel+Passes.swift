extension RecurrentModel {
    /// The largest T·B·max(I, G·H) a single pass may touch, so that a value in
    /// a lesson cannot exhaust memory.
    public static var maximumPassElements: Int { 1 << 28 }

    /// Runs the layers over `input` (T, B, I) from `h0`/`c0` ((layers, B, H),
    /// zeros when absent), keeping what backward and traces need.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public func forward(
        _ input: Tensor<Scalar>, h0: Tensor<Scalar>? = nil, c0: Tensor<Scalar>? = nil
    ) throws(EngineError) -> ForwardPass<Scalar> {
        guard input.shape.count == 3 else {
            throw .shapeMismatch("input must be (steps, batch, features), got shape \(input.shape)")
        }
        let (T, B, I) = (input.shape[0], input.shape[1], input.shape[2])
        let H = spec.hidden, layers = spec.layers
        guard T > 0, B > 0 else { throw .invalidParameter("input needs at least one step and one sequence, got shape \(input.shape)") }
        guard I == inputSize else { throw .shapeMismatch("input has \(I) features, the model expects \(inputSize)") }
        guard T * B * max(I, layout.gateCount * H) <= Self.maximumPassElements else {
            throw .invalidParameter("input shape \(input.shape) is too large for one pass")
        }
        try layout.check(parameters)
        let stateShape = [layers, B, H]
        let h0v = try state(h0, stateShape, "h0")
        let hasCell = spec.cell.hasCellState
        let c0v = hasCell ? try state(c0, stateShape, "c0") : []
        if !hasCell, c0 != nil { throw .invalidParameter("c0 is given but a \(spec.cell) cell has no cell state") }
        var records: [LayerRecord<Scalar>] = []
        var x = input.values
        var hn = [Scalar](), cn = [Scalar]()
        for k in 0..<layers {
            let w = try LayerWeights(parameters, layer: k)
            let shape = LayerShape(steps: T, batch: B, input: layout.layerInputSize(k), hidden: H, gates: layout.gateCount)
            let slice = (k * B * H)..<((k + 1) * B * H)
            let record = LayerPass.forward(
                spec.cell, w, shape, input: x, h0: Array(h0v[slice]), c0: hasCell ? Array(c0v[slice]) : [])
            x = Array(record.hidden[(B * H)...])
            hn += record.hidden[(T * B * H)...]
            if hasCell { cn += record.cell[(T * B * H)...] }
            records.append(record)
        }
        return ForwardPass(
            output: try Tensor(shape: [T, B, H], values: x),
            finalHidden: try Tensor(shape: stateShape, values: hn),
            finalCell: hasCell ? try Tensor(shape: stateShape, values: cn) : nil,
            cell: spec.cell, records: records)
    }

    /// BPTT from ∂L/∂output (T, B, H) and optionally ∂L/∂h_n, ∂L/∂c_n
    /// ((layers, B, H)), through every layer of `pass`. Without
    /// `inputGradient` the first layer skips ∂L/∂input, and without
    /// `gradientNorms` the norm traces stay empty: training reads neither.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public func backward(
        _ pass: ForwardPass<Scalar>, outputGradient: Tensor<Scalar>,
        finalHiddenGradient: Tensor<Scalar>? = nil, finalCellGradient: Tensor<Scalar>? = nil,
        inputGradient: Bool = true, gradientNorms: Bool = true
    ) throws(EngineError) -> BackwardPass<Scalar> {
        guard outputGradient.shape == pass.output.shape else {
            throw .shapeMismatch("output gradient has shape \(outputGradient.shape), the output is \(pass.output.shape)")
        }
        try checkCompatible(pass)
        let (T, B, H) = (pass.steps, pass.batch, spec.hidden)
        let stateShape = [spec.layers, B, H]
        let dhn = finalHiddenGradient == nil ? [] : try state(finalHiddenGradient, stateShape, "h_n gradient")
        let hasCell = spec.cell.hasCellState
        let dcn = (finalCellGradient == nil || !hasCell) ? [] : try state(finalCellGradient, stateShape, "c_n gradient")
        var grads = [LayerGradients<Scalar>?](repeating: nil, count: spec.layers)
        var dh0 = [Scalar](repeating: 0, count: spec.layers * B * H)
        var dc0 = hasCell ? dh0 : []
        var hNorms = [[Double]](repeating: [], count: spec.layers)
        var cNorms = [[Double]](repeating: [], count: spec.layers)
        var dOut = outputGradient.values
        for k in stride(from: spec.layers - 1, through: 0, by: -1) {
            let slice = (k * B * H)..<((k + 1) * B * H)
            let w = try LayerWeights(parameters, layer: k)
            let back = LayerPass.backward(
                spec.cell, w, pass.records[k], outputGradient: dOut,
                hnGradient: dhn.isEmpty ? [] : Array(dhn[slice]), cnGradient: dcn.isEmpty ? [] : Array(dcn[slice]),
                inputGradient: k > 0 || inputGradient, norms: gradientNorms)
            grads[k] = back.gradients
            dh0.replaceSubrange(slice, with: back.h0)
            if hasCell { dc0.replaceSubrange(slice, with: back.c0) }
            hNorms[k] = back.hiddenNorms
            cNorms[k] = back.cellNorms
            dOut = back.input
        }
        var named = NamedTensors<Scalar>()
        for k in 0..<spec.layers {
            guard let g = grads[k] else { continue }
            let gh = layout.gateCount * H
            named["weight_ih_l\(k)"] = try Tensor(shape: [gh, layout.layerInputSize(k)], values: g.inputWeights)
            named["weight_hh_l\(k)"] = try Tensor(shape: [gh, H], values: g.recurrentWeights)
            named["bias_ih_l\(k)"] = try Tensor(shape: [gh], values: g.inputBias)
            named["bias_hh_l\(k)"] = try Tensor(shape: [gh], values: g.recurrentBias)
            if !g.peephole.isEmpty { named["weight_ch_l\(k)"] = try Tensor(shape: [g.peephole.count], values: g.peephole) }
        }
        return BackwardPass(
            parameters: named,
            input: inputGradient ? try Tensor(shape: [T, B, inputSize], values: dOut) : nil,
            initialHidden: try Tensor(shape: stateShape, values: dh0),
            initialCell: hasCell ? try Tensor(shape: stateShape, values: dc0) : nil,
            hiddenGradientNorms: hNorms,
            cellGradientNorms: hasCell ? cNorms : [])
    }

    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    /// Checks that `pass` came from a model of this one's shape, so that
    /// backward and the head never read past a buffer.
    func checkCompatible(_ pass: ForwardPass<Scalar>) throws(EngineError) {
        let fits = pass.cell.withoutInitialBias == spec.cell.withoutInitialBias && pass.records.count == spec.layers
            && pass.output.shape.count == 3 && pass.output.shape[2] == spec.hidden
            && pass.records.enumerated().allSatisfy { k, r in
                r.shape.hidden == spec.hidden && r.shape.input == layout.layerInputSize(k) && r.shape.gates == layout.gateCount
            }
        guard fits else {
            throw .shapeMismatch("the forward pass was made by a different model (\(pass.cell), output \(pass.output.shape)); use the same model's pass")
        }
    }

    private func state(_ t: Tensor<Scalar>?, _ shape: [Int], _ name: String) throws(EngineError) -> [Scalar] {
        guard let t else { return [Scalar](repeating: 0, count: shape.reduce(1, *)) }
        guard t.shape == shape else { throw .shapeMismatch("\(name) has shape \(t.shape), expected (layers, batch, hidden) = \(shape)") }
        return t.values
    }
}
