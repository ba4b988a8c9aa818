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
