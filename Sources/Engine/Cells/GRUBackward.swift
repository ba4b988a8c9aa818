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
        // ∂L/∂h carried between steps, then ∂L/∂(r ⊙ h) (reset before).
        var carried = [S](repeating: 0, count: 2 * B * H)
        for j in 0..<dhN.count { carried[j] = dhN[j] }
        var norms = [Double](repeating: 0, count: T)
        // ∂L/∂(recurrent pre-activations) of one step; differs from the input
        // side in the n block (× r after, or taken against r ⊙ h before).
        // Reset after: kept for every step, so that W_hh's gradient is one
        // pass after the loop.
        var dRec = [S](repeating: 0, count: (resetAfter ? T : 1) * B * W)
        let packed = resetAfter ? Kernels.packed(w.recurrentWeights, rows: W, cols: H) : []
        withMutableBaseAddresses(&preActivation, &grads.recurrentWeights, &grads.recurrentBias, &dRec) {
            da, dw, db, dr in
            carried.withUnsafeMutableBufferPointer { dhr in
                withBaseAddresses(record.hidden, record.gates, record.extra, w.recurrentWeights, packed, dOut) {
                    hs, gs, ex, whh, whhPacked, dOutAll in
                    let pass = GRUBackwardPass(
                        shape: shape, resetAfter: resetAfter, hidden: hs, gates: gs, extra: ex,
                        recurrentWeights: whh, packedWeights: whhPacked, outputGradient: dOutAll,
                        preActivation: da, recurrentWeightGradient: dw, recurrentBiasGradient: db,
                        recurrentPreActivation: dr, dh: dhr.base, dReset: dhr.base + B * H)
                    for t in stride(from: T - 1, through: 0, by: -1) { norms[t] = pass.step(t) }
                    pass.recurrentWeightGradients()
                }
            }
        }
        return LayerBackward(
            gradients: grads, input: [], h0: Array(carried[0..<(B * H)]), c0: [], hiddenNorms: norms, cellNorms: [])
    }
}

/// A GRU backward pass's buffers, open for BPTT (see
/// ``GRUCell/backward(_:_:_:_:_:_:_:)``).
struct GRUBackwardPass<S: EngineScalar> {
    /// The layer's sizes and where the reset gate applies.
    let shape: LayerShape, resetAfter: Bool
    /// The forward record: h_t for t = 0…T, gates, and W_hn h + b_hn or r ⊙ h.
    let hidden, gates, extra: UnsafePointer<S>
    /// W_hh as it is (reset before) and packed (reset after).
    let recurrentWeights, packedWeights: UnsafePointer<S>
    /// ∂L/∂h_t from above for every step.
    let outputGradient: UnsafePointer<S>
    /// ∂L/∂(input pre-activations) of every step, and W_hh's, b_hh's gradients.
    let preActivation, recurrentWeightGradient, recurrentBiasGradient: UnsafeMutablePointer<S>
    /// ∂L/∂(recurrent pre-activations): of every step (reset after) or of one.
    let recurrentPreActivation: UnsafeMutablePointer<S>
    /// ∂L/∂h carried to the previous step and ∂L/∂(r ⊙ h) (reset before), (B, H) each.
    let dh, dReset: UnsafeMutablePointer<S>

    /// Step t, newest first; returns ‖∂L/∂h_t‖.
    @inline(__always)
    func step(_ t: Int) -> Double {
        let (B, H, W) = (shape.batch, shape.hidden, shape.width)
        var sq: S = 0
        for b in 0..<B { gateGradients(row: b, step: t, sq: &sq) }
        if resetAfter {
            Kernels.productPacked(
                rows: B, cols: H, inner: W, a: recurrentRow(t), lda: W, packed: packedWeights,
                bias: nil, c: dh, ldc: H, accumulate: true)
        } else {
            resetBeforeGradients(step: t)
        }
        return Double(sq.squareRoot())
    }

    /// W_hh's gradient over all steps at once (reset after), in BPTT's order.
    func recurrentWeightGradients() {
        guard resetAfter else { return }
        let (T, B, H, W) = (shape.steps, shape.batch, shape.hidden, shape.width)
        Kernels.weightGradientOverSteps(
            steps: T, batch: B, cols: W, inner: H, dy: recurrentPreActivation, lddy: W,
            x: hidden, ldx: H, dw: recurrentWeightGradient, lddw: H, bias: recurrentBiasGradient)
    }

    private func recurrentRow(_ t: Int) -> UnsafeMutablePointer<S> {
        resetAfter ? recurrentPreActivation + t * shape.batch * shape.width : recurrentPreActivation
    }

    /// ∂L/∂a of z and n (and of r, reset after) for row b of step t; ∂L/∂h_{t−1} through z.
    @inline(__always)
    private func gateGradients(row b: Int, step t: Int, sq: inout S) {
        let (B, H, W) = (shape.batch, shape.hidden, shape.width)
        let prev = hidden + t * B * H, g = gates + t * B * W, e = extra + t * B * H
        let d = preActivation + t * B * W, dr = recurrentRow(t)
        for u in 0..<H {
            let j = b * H + u
            let dht = outputGradient[t * B * H + j] + dh[j]
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
            dh[j] = dht * z
        }
    }

    /// Reset before: the n block acts on r ⊙ h, so its gradients go through
    /// W_hn to r and h before the r and z blocks' products.
    private func resetBeforeGradients(step t: Int) {
        let (B, H, W) = (shape.batch, shape.hidden, shape.width)
        let prev = hidden + t * B * H, g = gates + t * B * W, e = extra + t * B * H
        let d = preActivation + t * B * W
        let dw = recurrentWeightGradient, db = recurrentBiasGradient
        for j in 0..<(B * H) { dReset[j] = 0 }
        Kernels.weightGradient(
            rows: B, cols: H, inner: H, dy: d + 2 * H, lddy: W,
            x: e, ldx: H, dw: dw + 2 * H * H, lddw: H, bias: db + 2 * H)
        Kernels.inputGradient(
            rows: B, cols: H, inner: H, dy: d + 2 * H, lddy: W,
            w: recurrentWeights + 2 * H * H, ldw: H, dx: dReset, lddx: H)
        for b in 0..<B {
            for u in 0..<H {
                let j = b * H + u
                let r = g[b * W + u]
                d[b * W + u] = dReset[j] * prev[j] * r * (1 - r)
                dh[j] += dReset[j] * r
            }
        }
        Kernels.weightGradient(
            rows: B, cols: 2 * H, inner: H, dy: d, lddy: W, x: prev, ldx: H, dw: dw, lddw: H, bias: db)
        Kernels.inputGradient(
            rows: B, cols: 2 * H, inner: H, dy: d, lddy: W, w: recurrentWeights, ldw: H, dx: dh, lddx: H)
    }
}
