/// An LSTM backward pass's buffers, open for BPTT (see
/// ``LSTMCell/backward(_:_:_:_:_:_:_:_:norms:)``): the forward record, the
/// gradients being summed, and ∂L/∂h, ∂L/∂c carried between steps.
struct LSTMBackwardPass<S: EngineScalar> {
    let shape: LayerShape
    let layout: LSTMCell.Layout
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
