/// The LSTM in PyTorch's form, with peepholes, coupled gates or no forget gate:
///
///     i = σ(a_i + p_i ⊙ c_{t−1})     f = σ(a_f + p_f ⊙ c_{t−1})  (or 1 − i, or 1)
///     g = tanh(a_g)                  c_t = f ⊙ c_{t−1} + i ⊙ g
///     o = σ(a_o + p_o ⊙ c_t)         h_t = o ⊙ tanh(c_t)
///
/// where a = W_ih x_t + b_ih + W_hh h_{t−1} + b_hh and the p terms exist only
/// with peepholes.
enum LSTMCell {
    /// Column offsets of the gate blocks (in units of H) and of the peepholes.
    struct Layout {
        let input = 0, forget: Int?, candidate: Int, output: Int
        let peepInput: Int?, peepForget: Int?, peepOutput: Int?
        let coupled: Bool

        init(_ o: LSTMOptions) {
            forget = o.hasForgetWeights ? 1 : nil
            candidate = o.hasForgetWeights ? 2 : 1
            output = candidate + 1
            peepInput = o.peephole ? 0 : nil
            peepForget = o.peephole && o.hasForgetWeights ? 1 : nil
            peepOutput = o.peephole ? (o.hasForgetWeights ? 2 : 1) : nil
            coupled = o.coupled
        }

        /// PyTorch's LSTM: gates i, f, g, o, no peepholes.
        var isPlain: Bool { forget == 1 && peepInput == nil && !coupled }
    }

    /// One step of the plain LSTM, a row of gates at a time so that the
    /// nonlinearities run over whole rows: the same operations per unit as
    /// the general loop in ``forward``, so the same bits. tanh(c_t) is kept
    /// for backward.
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func plainStep<S: EngineScalar>(
        B: Int, H: Int, x: UnsafePointer<S>, a: UnsafePointer<S>, g: UnsafeMutablePointer<S>,
        cPrev: UnsafePointer<S>, c: UnsafeMutablePointer<S>, tanhC: UnsafeMutablePointer<S>, h: UnsafeMutablePointer<S>
    ) {
        let W = 4 * H
        for b in 0..<B {
            let gRow = g + b * W, xRow = x + b * W, aRow = a + b * W
            for j in 0..<W { gRow[j] = xRow[j] + aRow[j] }
            Activations.sigmoid(gRow, count: 2 * H)  // i, f
            Activations.tanh(gRow + 2 * H, gRow + 2 * H, count: H)  // g
            Activations.sigmoid(gRow + 3 * H, count: H)  // o
        }
        S._lstmStates(rows: B, hidden: H, gates: g, previousCell: cPrev, cell: c, tanhCell: tanhC, output: h)
    }

    /// The input projection x_t W_ihᵀ + b_ih is computed step by step, into
    /// a buffer that stays in cache, rather than for all steps beforehand as
    /// the other cells do: the same products row by row, so the same bits.
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func forward<S: EngineScalar>(
        _ options: LSTMOptions, _ w: LayerWeights<S>, _ shape: LayerShape,
        input: [S], h0: [S], c0: [S]
    ) -> LayerRecord<S> {
        let (T, B, H, W) = (shape.steps, shape.batch, shape.hidden, shape.width)
        // Every element below is written before it is read: h0 and c0 here,
        // the rest by the step that produces it (every gate block, every unit).
        var hidden = [S].forOverwrite(count: (T + 1) * B * H)
        var cell = [S].forOverwrite(count: (T + 1) * B * H)
        var gates = [S].forOverwrite(count: T * B * W)
        var tanhCell = [S].forOverwrite(count: T * B * H)  // tanh(c_t), t = 1…T
        for j in 0..<(B * H) { hidden[j] = h0[j]; cell[j] = c0[j] }
        var products = [S](repeating: 0, count: 2 * B * W)  // the step's recurrent and input products
        let inputTransposed = Kernels.transpose(w.inputWeights, rows: W, cols: shape.input)
        let transposed = Kernels.packedTranspose(w.recurrentWeights, rows: W, cols: H)
        withMutableBaseAddresses(&hidden, &cell, &gates, &tanhCell) { hs, cs, gs, tcs in
            products.withUnsafeMutableBufferPointer { ps in
                withBaseAddresses(input, inputTransposed, w.inputBias, transposed, w.recurrentBias, w.peephole) {
                    xin, wih, bih, whh, bhh, p in
                    let pass = LSTMForwardPass(
                        shape: shape, layout: Layout(options), hidden: hs, cell: cs, gates: gs, tanhCell: tcs,
                        recurrent: ps.base, projected: ps.base + B * W, input: xin,
                        inputWeights: wih, inputBias: bih, recurrentWeights: whh, recurrentBias: bhh, peephole: p)
                    for t in 0..<T { pass.step(t) }
                }
            }
        }
        return LayerRecord(shape: shape, input: input, hidden: hidden, cell: cell, gates: gates, extra: tanhCell)
    }
}
