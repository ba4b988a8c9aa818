/// The vanilla RNN: h_t = φ(W_ih x_t + b_ih + W_hh h_{t−1} + b_hh), φ = tanh or relu.
enum RNNCell {
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func forward<S: EngineScalar>(
        _ f: Nonlinearity, _ w: LayerWeights<S>, _ shape: LayerShape,
        input: [S], projected: [S], h0: [S]
    ) -> LayerRecord<S> {
        let (T, B, H) = (shape.steps, shape.batch, shape.hidden)
        var hidden = [S](repeating: 0, count: (T + 1) * B * H)
        for j in 0..<(B * H) { hidden[j] = h0[j] }
        let transposed = Kernels.packedTranspose(w.recurrentWeights, rows: H, cols: H)
        hidden.withUnsafeMutableBufferPointer { hs in
            projected.withUnsafeBufferPointer { xw in
                transposed.withUnsafeBufferPointer { whh in
                    w.recurrentBias.withUnsafeBufferPointer { bhh in
                        for t in 0..<T {
                            let prev = UnsafePointer(hs.base + t * B * H)
                            let next = hs.base + (t + 1) * B * H
                            Kernels.productPacked(
                                rows: B, cols: H, inner: H, a: prev, lda: H, packed: whh.base,
                                bias: bhh.base, c: next, ldc: H, accumulate: false)
                            let x = xw.base + t * B * H
                            for j in 0..<(B * H) { next[j] = x[j] + next[j] }
                            if f == .tanh {
                                Activations.tanh(next, next, count: B * H)
                            } else {
                                for j in 0..<(B * H) { next[j] = next[j] > 0 ? next[j] : 0 }
                            }
                        }
                    }
                }
            }
        }
        return LayerRecord(
            shape: shape, input: input, hidden: hidden, cell: [],
            gates: Array(hidden[(B * H)...]), extra: [])
    }

    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func backward<S: EngineScalar>(
        _ f: Nonlinearity, _ w: LayerWeights<S>, _ record: LayerRecord<S>,
        _ dOut: [S], _ dhN: [S], _ grads: inout LayerGradients<S>, _ preActivation: inout [S]
    ) -> LayerBackward<S> {
        let shape = record.shape
        let (T, B, H) = (shape.steps, shape.batch, shape.hidden)
        var dh = dhN.isEmpty ? [S](repeating: 0, count: B * H) : dhN
        var norms = [Double](repeating: 0, count: T)
        let packed = Kernels.packed(w.recurrentWeights, rows: H, cols: H)
        record.hidden.withUnsafeBufferPointer { hs in
            packed.withUnsafeBufferPointer { whh in
                preActivation.withUnsafeMutableBufferPointer { da in
                    grads.recurrentWeights.withUnsafeMutableBufferPointer { dw in
                        grads.recurrentBias.withUnsafeMutableBufferPointer { db in
                            dh.withUnsafeMutableBufferPointer { dhp in
                                for t in stride(from: T - 1, through: 0, by: -1) {
                                    let h = hs.base + (t + 1) * B * H
                                    let d = da.base + t * B * H
                                    var sq: S = 0
                                    for j in 0..<(B * H) {
                                        let g = dOut[t * B * H + j] + dhp[j]
                                        sq += g * g
                                        let slope: S = f == .tanh ? 1 - h[j] * h[j] : (h[j] > 0 ? 1 : 0)
                                        d[j] = g * slope
                                        dhp[j] = 0
                                    }
                                    norms[t] = Double(sq.squareRoot())
                                    Kernels.productPacked(
                                        rows: B, cols: H, inner: H, a: d, lda: H, packed: whh.base,
                                        bias: nil, c: dhp.base, ldc: H, accumulate: true)
                                }
                                // W_hh's gradient over all steps at once, in BPTT's order.
                                Kernels.weightGradientOverSteps(
                                    steps: T, batch: B, cols: H, inner: H, dy: da.base, lddy: H,
                                    x: hs.base, ldx: H, dw: dw.base, lddw: H, bias: db.base)
                            }
                        }
                    }
                }
            }
        }
        return LayerBackward(
            gradients: grads, input: [], h0: dh, c0: [], hiddenNorms: norms, cellNorms: [])
    }
}
