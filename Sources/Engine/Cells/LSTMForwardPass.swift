/// An LSTM forward pass's buffers, open for the time loop (see
/// ``LSTMCell/forward(_:_:_:input:h0:c0:)``): the record being written, the
/// step's two products, and the weights in the layout the products read.
struct LSTMForwardPass<S: EngineScalar> {
    let shape: LayerShape
    let layout: LSTMCell.Layout
    /// h_t and c_t for t = 0…T, gate activations and tanh(c_t): the record.
    let hidden, cell, gates, tanhCell: UnsafeMutablePointer<S>
    /// The step's h_{t−1} W_hhᵀ + b_hh and x_t W_ihᵀ + b_ih, (B, W) each.
    let recurrent, projected: UnsafeMutablePointer<S>
    let input: UnsafePointer<S>
    /// W_ihᵀ (I × W), W_hhᵀ packed, the biases and the peepholes.
    let inputWeights, inputBias, recurrentWeights, recurrentBias, peephole: UnsafePointer<S>

    /// Step t: both products, then the gates and states of every unit.
    @inline(__always)
    func step(_ t: Int) {
        let (B, H, W, I) = (shape.batch, shape.hidden, shape.width, shape.input)
        Kernels.productPacked(
            rows: B, cols: W, inner: H, a: hidden + t * B * H, lda: H,
            packed: recurrentWeights, bias: recurrentBias, c: recurrent, ldc: W, accumulate: false)
        Kernels.linear(
            rows: B, cols: W, inner: I, a: input + t * B * I, lda: I,
            wt: inputWeights, ldwt: W, bias: inputBias, c: projected, ldc: W)
        if layout.isPlain {
            LSTMCell.plainStep(
                B: B, H: H, x: projected, a: recurrent, g: gates + t * B * W,
                cPrev: cell + t * B * H, c: cell + (t + 1) * B * H,
                tanhC: tanhCell + t * B * H, h: hidden + (t + 1) * B * H)
            return
        }
        for b in 0..<B {
            for u in 0..<H { unit(u, row: b, step: t) }
        }
    }

    /// One unit of the general cell (peepholes, coupled gates or no forget gate).
    @inline(__always)
    private func unit(_ u: Int, row b: Int, step t: Int) {
        let (B, H, W) = (shape.batch, shape.hidden, shape.width)
        let L = layout, p = peephole
        let g = gates + t * B * W
        func pre(_ gate: Int) -> S { projected[b * W + gate * H + u] + recurrent[b * W + gate * H + u] }
        let cp = cell[t * B * H + b * H + u]
        var ai = pre(L.input)
        if let k = L.peepInput { ai += p[k * H + u] * cp }
        let i = S.sigmoid(ai)
        var f: S = 1
        if let fg = L.forget {
            var af = pre(fg)
            if let k = L.peepForget { af += p[k * H + u] * cp }
            f = S.sigmoid(af)
            g[b * W + fg * H + u] = f
        } else if L.coupled {
            f = 1 - i
        }
        let cand = S.tanh(pre(L.candidate))
        let c = f * cp + i * cand
        var ao = pre(L.output)
        if let k = L.peepOutput { ao += p[k * H + u] * c }
        let o = S.sigmoid(ao)
        g[b * W + L.input * H + u] = i
        g[b * W + L.candidate * H + u] = cand
        g[b * W + L.output * H + u] = o
        let tc = S.tanh(c)
        cell[(t + 1) * B * H + b * H + u] = c
        tanhCell[t * B * H + b * H + u] = tc
        hidden[(t + 1) * B * H + b * H + u] = o * tc
    }
}
