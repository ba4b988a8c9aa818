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
