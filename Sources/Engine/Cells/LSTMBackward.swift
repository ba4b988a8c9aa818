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
        if S.self == Float.self {
            LSTMVectorSteps.backward(
                B: B, H: H, dOut: floats(dOut), g: floats(g), d: floats(d), cPrev: floats(cPrev), tanhC: floats(tanhC),
                dh: floats(dh), dc: floats(dc), dhts: floats(dhts), dcts: floats(dcts))
        } else {
            for b in 0..<B {
                plainUnits(
                    0..<H, row: b, H: H, dOut: dOut, g: g, d: d, cPrev: cPrev, tanhC: tanhC,
                    dh: dh, dc: dc, dhts: dhts, dcts: dcts)
            }
        }
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

/// An LSTM backward pass's buffers, open for BPTT (see
/// ``LSTMCell/backward(_:_:_:_:_:_:_:_:norms:)``): the forward record, the
/// gradients being summed, and ∂L/∂h, ∂L/∂c carried between steps.
struct LSTMBackwardPass<S: EngineScalar> {
    /// The layer's sizes and the cell's gate layout.
    let shape: LayerShape, layout: LSTMCell.Layout
    /// The forward record: h_t and c_t for t = 0…T, gates, tanh(c_t).
    let hidden, cell, gates, tanhCell: UnsafePointer<S>
    /// W_hh packed (the right-hand side of dh = da W_hh) and the peepholes.
    let recurrentWeights, peephole: UnsafePointer<S>
    /// ∂L/∂h_t from above for every step.
    let outputGradient: UnsafePointer<S>
    /// ∂L/∂(pre-activations) of every step, and the weight gradients.
    let preActivation, recurrentWeightGradient, recurrentBiasGradient, peepholeGradient: UnsafeMutablePointer<S>
    /// ∂L/∂h and ∂L/∂c carried to the previous step, (B, H) each, then
    /// (plain cell) the step's ∂L/∂h_t and ∂L/∂c_t for the norms.
    let dh, dc, stepGradients: UnsafeMutablePointer<S>

    /// Step t: the gradients of its pre-activations, ∂L/∂c_{t−1} and
    /// ∂L/∂h_{t−1}; returns ‖∂L/∂h_t‖ and ‖∂L/∂c_t‖ (plain cell: 0 unless `norms`).
    @inline(__always)
    func step(_ t: Int, norms: Bool) -> (hidden: Double, cell: Double) {
        let (B, H, W) = (shape.batch, shape.hidden, shape.width)
        let d = preActivation + t * B * W
        let stepNorms: (hidden: Double, cell: Double)
        if layout.isPlain {
            stepNorms = LSTMCell.plainStep(
                B: B, H: H, dOut: outputGradient + t * B * H, g: gates + t * B * W, d: d,
                cPrev: cell + t * B * H, tanhC: tanhCell + t * B * H,
                dh: dh, dc: dc, scratch: stepGradients, norms: norms)
        } else {
            var sqH: S = 0, sqC: S = 0
            for b in 0..<B {
                for u in 0..<H { unit(u, row: b, step: t, sqH: &sqH, sqC: &sqC) }
            }
            stepNorms = (Double(sqH.squareRoot()), Double(sqC.squareRoot()))
        }
        Kernels.productPacked(
            rows: B, cols: H, inner: W, a: d, lda: W, packed: recurrentWeights,
            bias: nil, c: dh, ldc: H, accumulate: true)
        return stepNorms
    }

    /// W_hh's gradient over all steps at once, in BPTT's order.
    func recurrentWeightGradients() {
        let (T, B, H, W) = (shape.steps, shape.batch, shape.hidden, shape.width)
        Kernels.weightGradientOverSteps(
            steps: T, batch: B, cols: W, inner: H, dy: preActivation, lddy: W,
            x: hidden, ldx: H, dw: recurrentWeightGradient, lddw: H, bias: recurrentBiasGradient)
    }

    /// One unit of the general cell (peepholes, coupled gates or no forget gate).
    @inline(__always)
    private func unit(_ u: Int, row b: Int, step t: Int, sqH: inout S, sqC: inout S) {
        let (B, H, W) = (shape.batch, shape.hidden, shape.width)
        let L = layout, p = peephole, dp = peepholeGradient
        let g = gates + t * B * W, d = preActivation + t * B * W
        let j = b * H + u
        let dht = outputGradient[t * B * H + j] + dh[j]
        sqH += dht * dht
        let cp = cell[t * B * H + j], c = cell[(t + 1) * B * H + j]
        let tc = tanhCell[t * B * H + j]
        let i = g[b * W + L.input * H + u]
        let cand = g[b * W + L.candidate * H + u]
        let o = g[b * W + L.output * H + u]
        let dao = dht * tc * o * (1 - o)
        var dct = dc[j] + dht * o * (1 - tc * tc)
        if let k = L.peepOutput { dct += dao * p[k * H + u]; dp[k * H + u] += dao * c }
        sqC += dct * dct
        var di = dct * cand
        let dg = dct * i
        let df = dct * cp
        var f: S = 1, daf: S = 0
        if let fg = L.forget {
            f = g[b * W + fg * H + u]
            daf = df * f * (1 - f)
            d[b * W + fg * H + u] = daf
        } else if L.coupled {
            f = 1 - i
            di -= df
        }
        let dai = di * i * (1 - i)
        var dcPrev = dct * f
        if let k = L.peepInput { dcPrev += dai * p[k * H + u]; dp[k * H + u] += dai * cp }
        if let k = L.peepForget { dcPrev += daf * p[k * H + u]; dp[k * H + u] += daf * cp }
        d[b * W + L.input * H + u] = dai
        d[b * W + L.candidate * H + u] = dg * (1 - cand * cand)
        d[b * W + L.output * H + u] = dao
        dc[j] = dcPrev
        dh[j] = 0
    }
}
