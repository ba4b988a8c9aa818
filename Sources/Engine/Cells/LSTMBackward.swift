extension LSTMCell {
    /// BPTT through the LSTM (see the equations on ``LSTMCell``), newest
    /// step first. The plain cell sums the gradient norms only when `norms`.
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func backward<S: EngineScalar>(
        _ options: LSTMOptions, _ w: LayerWeights<S>, _ record: LayerRecord<S>,
        _ dOut: [S], _ dhN: [S], _ dcN: [S],
        _ grads: inout LayerGradients<S>, _ preActivation: inout [S], norms: Bool
    ) -> LayerBackward<S> {
        let shape = record.shape
        let (T, B, H, W) = (shape.steps, shape.batch, shape.hidden, shape.width)
        let layout = Layout(options)
        // ∂L/∂h and ∂L/∂c carried between steps, then (plain cell) the
        // step's ∂L/∂h_t and ∂L/∂c_t for the norms.
        var carried = [S](repeating: 0, count: (layout.isPlain ? 4 : 2) * B * H)
        for j in 0..<dhN.count { carried[j] = dhN[j] }
        for j in 0..<dcN.count { carried[B * H + j] = dcN[j] }
        var hNorms = [Double](repeating: 0, count: T)
        var cNorms = [Double](repeating: 0, count: T)
        let packed = Kernels.packed(w.recurrentWeights, rows: W, cols: H)
        withMutableBaseAddresses(&preActivation, &grads.recurrentWeights, &grads.recurrentBias, &grads.peephole) {
            da, dw, db, dp in
            carried.withUnsafeMutableBufferPointer { dhc in
                withBaseAddresses(record.hidden, record.cell, record.gates, record.extra) { hs, cs, gs, tcs in
                    withBaseAddresses(packed, w.peephole, dOut) { whh, p, dOutAll in
                        let pass = LSTMBackwardPass(
                            shape: shape, layout: layout, hidden: hs, cell: cs, gates: gs, tanhCell: tcs,
                            recurrentWeights: whh, peephole: p, outputGradient: dOutAll,
                            preActivation: da, recurrentWeightGradient: dw, recurrentBiasGradient: db,
                            peepholeGradient: dp, dh: dhc.base, dc: dhc.base + B * H, stepGradients: dhc.base + 2 * B * H)
                        for t in stride(from: T - 1, through: 0, by: -1) {
                            (hNorms[t], cNorms[t]) = pass.step(t, norms: norms)
                        }
                        pass.recurrentWeightGradients()
                    }
                }
            }
        }
        return LayerBackward(
            gradients: grads, input: [], h0: Array(carried[0..<(B * H)]), c0: Array(carried[(B * H)..<(2 * B * H)]),
            hiddenNorms: hNorms, cellNorms: cNorms)
    }

    /// One step of BPTT through the plain LSTM (no peepholes, a forget
    /// gate), the elementwise part: the same expressions as the general
    /// loop in ``backward``, in loops without branches that vectorise, and
    /// the norms summed afterwards in the same order (units, then rows),
    /// when asked for (else 0).
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func plainStep<S: EngineScalar>(
        B: Int, H: Int, dOut: UnsafePointer<S>, g: UnsafePointer<S>, d: UnsafeMutablePointer<S>,
        cPrev: UnsafePointer<S>, tanhC: UnsafePointer<S>,
        dh: UnsafeMutablePointer<S>, dc: UnsafeMutablePointer<S>, scratch: UnsafeMutablePointer<S>, norms: Bool
    ) -> (hidden: Double, cell: Double) {
        let dhts = scratch, dcts = scratch + B * H
        S._lstmGradients(
            rows: B, hidden: H, dOut: dOut, gates: g, d: d, previousCell: cPrev, tanhCell: tanhC,
            dh: dh, dc: dc, dhts: dhts, dcts: dcts)
        guard norms else { return (0, 0) }
        var sqH: S = 0, sqC: S = 0
        for j in 0..<(B * H) {
            sqH += dhts[j] * dhts[j]
            sqC += dcts[j] * dcts[j]
        }
        return (Double(sqH.squareRoot()), Double(sqC.squareRoot()))
    }

    /// The plain backward step for units `units` of row `b`, one at a time:
    /// ∂L/∂(pre-activations) into `d`, ∂L/∂c₋₁ into `dc`, `dh` cleared, and
    /// ∂L/∂h_t, ∂L/∂c_t into `dhts`, `dcts`. Double rows use it whole; Float
    /// rows finish with it after their SIMD8 part (``LSTMVectorSteps``).
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func plainUnits<S: EngineScalar>(
        _ units: Range<Int>, row b: Int, H: Int, dOut: UnsafePointer<S>, g: UnsafePointer<S>, d: UnsafeMutablePointer<S>,
        cPrev: UnsafePointer<S>, tanhC: UnsafePointer<S>, dh: UnsafeMutablePointer<S>, dc: UnsafeMutablePointer<S>,
        dhts: UnsafeMutablePointer<S>, dcts: UnsafeMutablePointer<S>
    ) {
        let gRow = g + b * 4 * H, dRow = d + b * 4 * H
        for u in units {
            let j = b * H + u
            let dht = dOut[j] + dh[j]
            let tc = tanhC[j]
            let i = gRow[u], f = gRow[H + u], cand = gRow[2 * H + u], o = gRow[3 * H + u]
            let dao = dht * tc * o * (1 - o)
            let dct = dc[j] + dht * o * (1 - tc * tc)
            let di = dct * cand
            let dg = dct * i
            let df = dct * cPrev[j]
            dRow[H + u] = df * f * (1 - f)
            dRow[u] = di * i * (1 - i)
            dRow[2 * H + u] = dg * (1 - cand * cand)
            dRow[3 * H + u] = dao
            dc[j] = dct * f
            dh[j] = 0
            dhts[j] = dht
            dcts[j] = dct
        }
    }
}
