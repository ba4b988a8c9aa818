/// The GRU in PyTorch's gate order r, z, n:
///
///     r = σ(W_ir x + b_ir + W_hr h + b_hr)    z = σ(W_iz x + b_iz + W_hz h + b_hz)
///     n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))      (reset after, PyTorch)
///     n = tanh(W_in x + b_in + W_hn (r ⊙ h) + b_hn)      (reset before, Cho 2014)
///     h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}
enum GRUCell {
    /// The forward pass over all steps, from the input projection of every step.
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func forward<S: EngineScalar>(
        _ resetAfter: Bool, _ w: LayerWeights<S>, _ shape: LayerShape,
        input: [S], projected: [S], h0: [S]
    ) -> LayerRecord<S> {
        let (T, B, H, W) = (shape.steps, shape.batch, shape.hidden, shape.width)
        var hidden = [S](repeating: 0, count: (T + 1) * B * H)
        var gates = [S](repeating: 0, count: T * B * W)
        var extra = [S](repeating: 0, count: T * B * H)
        for j in 0..<(B * H) { hidden[j] = h0[j] }
        var step = [S](repeating: 0, count: B * W)
        let transposed = Kernels.transpose(w.recurrentWeights, rows: W, cols: H)
        let packed = transposed.withUnsafeBufferPointer { Kernels.packColumns($0.base, ldb: W, inner: H, cols: W) }
        withMutableBaseAddresses(&hidden, &gates, &extra, &step) { hs, gs, ex, a in
            withBaseAddresses(projected, transposed, packed, w.recurrentBias) { xw, whh, whhPacked, bhh in
                let pass = GRUForwardPass(
                    shape: shape, resetAfter: resetAfter, hidden: hs, gates: gs, extra: ex, recurrent: a,
                    projected: xw, recurrentWeights: whh, packedWeights: whhPacked, recurrentBias: bhh)
                for t in 0..<T { pass.step(t) }
            }
        }
        return LayerRecord(shape: shape, input: input, hidden: hidden, cell: [], gates: gates, extra: extra)
    }
}

/// A GRU forward pass's buffers, open for the time loop (see
/// ``GRUCell/forward(_:_:_:input:projected:h0:)``).
struct GRUForwardPass<S: EngineScalar> {
    /// The layer's sizes and where the reset gate applies.
    let shape: LayerShape, resetAfter: Bool
    /// h_t for t = 0…T, the gates r, z, n of every step, and W_hn h + b_hn
    /// (reset after) or r ⊙ h (reset before): the record.
    let hidden, gates, extra: UnsafeMutablePointer<S>
    /// The step's recurrent pre-activations, (B, W).
    let recurrent: UnsafeMutablePointer<S>
    /// x_t W_ihᵀ + b_ih of every step.
    let projected: UnsafePointer<S>
    /// W_hhᵀ, row-major and packed, and b_hh.
    let recurrentWeights, packedWeights, recurrentBias: UnsafePointer<S>

    /// Step t: r and z from h_{t−1}, then n and h_t.
    @inline(__always)
    func step(_ t: Int) {
        let (B, H, W) = (shape.batch, shape.hidden, shape.width)
        let prev = hidden + t * B * H
        let x = projected + t * B * W, g = gates + t * B * W, e = extra + t * B * H
        // r and z (and, reset after, W_hn h + b_hn) from h_{t−1}.
        Kernels.productPacked(
            rows: B, cols: resetAfter ? W : 2 * H, inner: H, a: prev, lda: H,
            packed: packedWeights, bias: recurrentBias, c: recurrent, ldc: W, accumulate: false)
        for b in 0..<B {
            let gRow = g + b * W, xRow = x + b * W, aRow = recurrent + b * W
            for j in 0..<(2 * H) { gRow[j] = xRow[j] + aRow[j] }
            Activations.sigmoid(gRow, count: 2 * H)  // r, z
            for u in 0..<H {
                e[b * H + u] = resetAfter ? aRow[2 * H + u] : gRow[u] * prev[b * H + u]
            }
        }
        if !resetAfter {
            // W_hn (r ⊙ h) + b_hn into the n block.
            Kernels.linear(
                rows: B, cols: H, inner: H, a: e, lda: H, wt: recurrentWeights + 2 * H, ldwt: W,
                bias: recurrentBias + 2 * H, c: recurrent + 2 * H, ldc: W)
        }
        for b in 0..<B { candidate(row: b, step: t) }
    }

    /// n = tanh(…) and h_t = (1 − z) ⊙ n + z ⊙ h_{t−1} for row b of step t.
    @inline(__always)
    private func candidate(row b: Int, step t: Int) {
        let (B, H, W) = (shape.batch, shape.hidden, shape.width)
        let prev = hidden + t * B * H
        let x = projected + t * B * W, g = gates + t * B * W, e = extra + t * B * H
        let nRow = g + b * W + 2 * H
        for u in 0..<H {
            let r = g[b * W + u]
            nRow[u] = resetAfter
                ? x[b * W + 2 * H + u] + r * e[b * H + u]
                : x[b * W + 2 * H + u] + recurrent[b * W + 2 * H + u]
        }
        Activations.tanh(nRow, nRow, count: H)
        for u in 0..<H {
            let z = g[b * W + H + u], n = nRow[u]
            hidden[(t + 1) * B * H + b * H + u] = (1 - z) * n + z * prev[b * H + u]
        }
    }
}
