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
        let L = Layout(options)
        var dh = dhN.isEmpty ? [S](repeating: 0, count: B * H) : dhN
        var dc = dcN.isEmpty ? [S](repeating: 0, count: B * H) : dcN
        // The plain LSTM's ∂L/∂h_t and ∂L/∂c_t of the step, for the norms.
        var stepGradients = [S](repeating: 0, count: L.isPlain ? 2 * B * H : 0)
        var hNorms = [Double](repeating: 0, count: T)
        var cNorms = [Double](repeating: 0, count: T)
        let packed = Kernels.packed(w.recurrentWeights, rows: W, cols: H)
        record.hidden.withUnsafeBufferPointer { hs in
            record.cell.withUnsafeBufferPointer { cs in
                record.gates.withUnsafeBufferPointer { gs in
                    packed.withUnsafeBufferPointer { whh in
                        w.peephole.withUnsafeBufferPointer { p in
                            preActivation.withUnsafeMutableBufferPointer { da in
                                grads.recurrentWeights.withUnsafeMutableBufferPointer { dw in
                                    grads.recurrentBias.withUnsafeMutableBufferPointer { db in
                                        grads.peephole.withUnsafeMutableBufferPointer { dp in
                                            dh.withUnsafeMutableBufferPointer { dhp in
                                                dc.withUnsafeMutableBufferPointer { dcp in
                                                  record.extra.withUnsafeBufferPointer { tanhCAll in
                                                  stepGradients.withUnsafeMutableBufferPointer { sg in
                                                  dOut.withUnsafeBufferPointer { dOutAll in
                                                    for t in stride(from: T - 1, through: 0, by: -1) {
                                                        var sqH: S = 0, sqC: S = 0
                                                        let g = gs.base + t * B * W
                                                        let d = da.base + t * B * W
                                                        let tcp = tanhCAll.base + t * B * H  // tanh(c_t), kept by forward
                                                        if L.isPlain {
                                                            let stepNorms = plainStep(
                                                                B: B, H: H, dOut: dOutAll.base + t * B * H, g: g, d: d,
                                                                cPrev: cs.base + t * B * H, tanhC: tcp,
                                                                dh: dhp.base, dc: dcp.base, scratch: sg.base, norms: norms)
                                                            hNorms[t] = stepNorms.hidden
                                                            cNorms[t] = stepNorms.cell
                                                            Kernels.productPacked(
                                                                rows: B, cols: H, inner: W, a: d, lda: W, packed: whh.base,
                                                                bias: nil, c: dhp.base, ldc: H, accumulate: true)
                                                            continue
                                                        }
                                                        for b in 0..<B {
                                                            for u in 0..<H {
                                                                let j = b * H + u
                                                                let dht = dOut[t * B * H + j] + dhp[j]
                                                                sqH += dht * dht
                                                                let cp = cs[t * B * H + j], c = cs[(t + 1) * B * H + j]
                                                                let tc = tcp[j]
                                                                let i = g[b * W + L.input * H + u]
                                                                let cand = g[b * W + L.candidate * H + u]
                                                                let o = g[b * W + L.output * H + u]
                                                                let dao = dht * tc * o * (1 - o)
                                                                var dct = dcp[j] + dht * o * (1 - tc * tc)
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
                                                                dcp[j] = dcPrev
                                                                dhp[j] = 0
                                                            }
                                                        }
                                                        hNorms[t] = Double(sqH.squareRoot())
                                                        cNorms[t] = Double(sqC.squareRoot())
                                                        Kernels.productPacked(
                                                            rows: B, cols: H, inner: W, a: d, lda: W, packed: whh.base,
                                                            bias: nil, c: dhp.base, ldc: H, accumulate: true)
                                                    }
                                                    // W_hh's gradient over all steps at once, in BPTT's order.
                                                    Kernels.weightGradientOverSteps(
                                                        steps: T, batch: B, cols: W, inner: H, dy: da.base, lddy: W,
                                                        x: hs.base, ldx: H, dw: dw.base, lddw: H, bias: db.base)
                                                  }
                                                  }
                                                  }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return LayerBackward(
            gradients: grads, input: [], h0: dh, c0: dc, hiddenNorms: hNorms, cellNorms: cNorms)
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
