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
        if S.self == Float.self {
            LSTMVectorSteps.cell(B: B, H: H, g: floats(UnsafePointer(g)), cPrev: floats(cPrev), c: floats(c))
            Activations.tanh(c, tanhC, count: B * H)
            LSTMVectorSteps.hidden(B: B, H: H, g: floats(UnsafePointer(g)), tanhC: floats(UnsafePointer(tanhC)), h: floats(h))
            return
        }
        for b in 0..<B {
            let gRow = g + b * W, cRow = c + b * H, cpRow = cPrev + b * H
            for u in 0..<H { cRow[u] = gRow[H + u] * cpRow[u] + gRow[u] * gRow[2 * H + u] }
        }
        Activations.tanh(c, tanhC, count: B * H)
        for b in 0..<B {
            let oRow = g + b * W + 3 * H, hRow = h + b * H, tRow = tanhC + b * H
            for u in 0..<H { hRow[u] = oRow[u] * tRow[u] }
        }
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

/// An LSTM forward pass's buffers, open for the time loop (see
/// ``LSTMCell/forward(_:_:_:input:h0:c0:)``): the record being written, the
/// step's two products, and the weights in the layout the products read.
struct LSTMForwardPass<S: EngineScalar> {
    /// The layer's sizes and the cell's gate layout.
    let shape: LayerShape, layout: LSTMCell.Layout
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
        for b in 0..<B { units(row: b, step: t) }
    }

    /// The units of one row of the general cell (peepholes, coupled gates or no forget gate).
    @inline(__always)
    private func units(row b: Int, step t: Int) {
        let (B, H, W) = (shape.batch, shape.hidden, shape.width)
        let L = layout, p = peephole
        let g = gates + t * B * W, x = projected + b * W, a = recurrent + b * W
        let cPrev = cell + t * B * H + b * H, cNext = cell + (t + 1) * B * H + b * H
        let tcRow = tanhCell + t * B * H + b * H, hRow = hidden + (t + 1) * B * H + b * H
        for u in 0..<H {
            func pre(_ gate: Int) -> S { x[gate * H + u] + a[gate * H + u] }
            let cp = cPrev[u]
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
            cNext[u] = c
            tcRow[u] = tc
            hRow[u] = o * tc
        }
    }
}
