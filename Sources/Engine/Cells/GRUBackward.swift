extension GRUCell {
    /// BPTT through the GRU (see the equations on ``GRUCell``), newest step first.
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func backward<S: EngineScalar>(
        _ resetAfter: Bool, _ w: LayerWeights<S>, _ record: LayerRecord<S>,
        _ dOut: [S], _ dhN: [S], _ grads: inout LayerGradients<S>, _ preActivation: inout [S]
    ) -> LayerBackward<S> {
        let shape = record.shape
        let (T, B, H, W) = (shape.steps, shape.batch, shape.hidden, shape.width)
        var dh = dhN.isEmpty ? [S](repeating: 0, count: B * H) : dhN
        var norms = [Double](repeating: 0, count: T)
        // ∂L/∂(recurrent pre-activations) of one step; differs from the input
        // side in the n block (× r after, or taken against r ⊙ h before).
        // Reset after: kept for every step, so that W_hh's gradient is one
        // pass after the loop.
        var dRec = [S](repeating: 0, count: (resetAfter ? T : 1) * B * W)
        var dReset = [S](repeating: 0, count: B * H)  // ∂L/∂(r ⊙ h), reset before
        let packed = resetAfter ? Kernels.packed(w.recurrentWeights, rows: W, cols: H) : []
        record.hidden.withUnsafeBufferPointer { hs in
          packed.withUnsafeBufferPointer { whhPacked in
            record.gates.withUnsafeBufferPointer { gs in
                record.extra.withUnsafeBufferPointer { ex in
                    w.recurrentWeights.withUnsafeBufferPointer { whh in
                        preActivation.withUnsafeMutableBufferPointer { da in
                            grads.recurrentWeights.withUnsafeMutableBufferPointer { dw in
                                grads.recurrentBias.withUnsafeMutableBufferPointer { db in
                                    dRec.withUnsafeMutableBufferPointer { drAll in
                                        dReset.withUnsafeMutableBufferPointer { drh in
                                            dh.withUnsafeMutableBufferPointer { dhp in
                                                for t in stride(from: T - 1, through: 0, by: -1) {
                                                    let prev = hs.base + t * B * H
                                                    let g = gs.base + t * B * W
                                                    let e = ex.base + t * B * H
                                                    let d = da.base + t * B * W
                                                    let dr = resetAfter ? drAll.base + t * B * W : drAll.base
                                                    var sq: S = 0
                                                    for b in 0..<B {
                                                        for u in 0..<H {
                                                            let j = b * H + u
                                                            let dht = dOut[t * B * H + j] + dhp[j]
                                                            sq += dht * dht
                                                            let r = g[b * W + u], z = g[b * W + H + u], n = g[b * W + 2 * H + u]
                                                            let dan = dht * (1 - z) * (1 - n * n)
                                                            let daz = dht * (prev[j] - n) * z * (1 - z)
                                                            d[b * W + H + u] = daz
                                                            d[b * W + 2 * H + u] = dan
                                                            dr[b * W + H + u] = daz
                                                            if resetAfter {
                                                                let dar = dan * e[j] * r * (1 - r)
                                                                d[b * W + u] = dar
                                                                dr[b * W + u] = dar
                                                                dr[b * W + 2 * H + u] = dan * r
                                                            }
                                                            dhp[j] = dht * z
                                                        }
                                                    }
                                                    norms[t] = Double(sq.squareRoot())
                                                    if resetAfter {
                                                        Kernels.productPacked(
                                                            rows: B, cols: H, inner: W, a: dr, lda: W, packed: whhPacked.base,
                                                            bias: nil, c: dhp.base, ldc: H, accumulate: true)
                                                        continue
                                                    }
                                                    // Reset before: the n block acts on r ⊙ h.
                                                    for j in 0..<(B * H) { drh[j] = 0 }
                                                    Kernels.weightGradient(
                                                        rows: B, cols: H, inner: H, dy: d + 2 * H, lddy: W,
                                                        x: e, ldx: H, dw: dw.base + 2 * H * H, lddw: H, bias: db.base + 2 * H)
                                                    Kernels.inputGradient(
                                                        rows: B, cols: H, inner: H, dy: d + 2 * H, lddy: W,
                                                        w: whh.base + 2 * H * H, ldw: H, dx: drh.base, lddx: H)
                                                    for b in 0..<B {
                                                        for u in 0..<H {
                                                            let j = b * H + u
                                                            let r = g[b * W + u]
                                                            let dar = drh[j] * prev[j] * r * (1 - r)
                                                            d[b * W + u] = dar
                                                            dhp[j] += drh[j] * r
                                                        }
                                                    }
                                                    Kernels.weightGradient(
                                                        rows: B, cols: 2 * H, inner: H, dy: d, lddy: W,
                                                        x: prev, ldx: H, dw: dw.base, lddw: H, bias: db.base)
                                                    Kernels.inputGradient(
                                                        rows: B, cols: 2 * H, inner: H, dy: d, lddy: W,
                                                        w: whh.base, ldw: H, dx: dhp.base, lddx: H)
                                                }
                                                if resetAfter {
                                                    // W_hh's gradient over all steps at once, in BPTT's order.
                                                    Kernels.weightGradientOverSteps(
                                                        steps: T, batch: B, cols: W, inner: H, dy: drAll.base, lddy: W,
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
        return LayerBackward(gradients: grads, input: [], h0: dh, c0: [], hiddenNorms: norms, cellNorms: [])
    }
}
