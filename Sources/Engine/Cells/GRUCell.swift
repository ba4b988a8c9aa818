/// The GRU in PyTorch's gate order r, z, n:
///
///     r = σ(W_ir x + b_ir + W_hr h + b_hr)    z = σ(W_iz x + b_iz + W_hz h + b_hz)
///     n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))      (reset after, PyTorch)
///     n = tanh(W_in x + b_in + W_hn (r ⊙ h) + b_hn)      (reset before, Cho 2014)
///     h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}
enum GRUCell {
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
        hidden.withUnsafeMutableBufferPointer { hs in
          packed.withUnsafeBufferPointer { whhPacked in
            gates.withUnsafeMutableBufferPointer { gs in
                extra.withUnsafeMutableBufferPointer { ex in
                    step.withUnsafeMutableBufferPointer { a in
                        projected.withUnsafeBufferPointer { xw in
                            transposed.withUnsafeBufferPointer { whh in
                                w.recurrentBias.withUnsafeBufferPointer { bhh in
                                    for t in 0..<T {
                                        let prev = hs.base + t * B * H
                                        let x = xw.base + t * B * W
                                        let g = gs.base + t * B * W
                                        let e = ex.base + t * B * H
                                        // r and z (and, reset after, W_hn h + b_hn) from h_{t−1}.
                                        Kernels.productPacked(
                                            rows: B, cols: resetAfter ? W : 2 * H, inner: H, a: prev, lda: H,
                                            packed: whhPacked.base, bias: bhh.base, c: a.base, ldc: W, accumulate: false)
                                        for b in 0..<B {
                                            let gRow = g + b * W, xRow = x + b * W, aRow = a.base + b * W
                                            for j in 0..<(2 * H) { gRow[j] = xRow[j] + aRow[j] }
                                            Activations.sigmoid(gRow, count: 2 * H)  // r, z
                                            for u in 0..<H {
                                                e[b * H + u] = resetAfter ? aRow[2 * H + u] : gRow[u] * prev[b * H + u]
                                            }
                                        }
                                        if !resetAfter {
                                            // W_hn (r ⊙ h) + b_hn into the n block.
                                            Kernels.linear(
                                                rows: B, cols: H, inner: H, a: e, lda: H,
                                                wt: whh.base + 2 * H, ldwt: W, bias: bhh.base + 2 * H,
                                                c: a.base + 2 * H, ldc: W)
                                        }
                                        for b in 0..<B {
                                            let nRow = g + b * W + 2 * H
                                            for u in 0..<H {
                                                let r = g[b * W + u]
                                                nRow[u] = resetAfter
                                                    ? x[b * W + 2 * H + u] + r * e[b * H + u]
                                                    : x[b * W + 2 * H + u] + a[b * W + 2 * H + u]
                                            }
                                            Activations.tanh(nRow, nRow, count: H)
                                            for u in 0..<H {
                                                let z = g[b * W + H + u], n = nRow[u]
                                                hs[(t + 1) * B * H + b * H + u] = (1 - z) * n + z * prev[b * H + u]
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
        return LayerRecord(shape: shape, input: input, hidden: hidden, cell: [], gates: gates, extra: extra)
    }
}
