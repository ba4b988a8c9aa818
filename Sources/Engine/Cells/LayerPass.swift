/// Runs one layer forward or backward, dispatching on the cell.
///
/// Shared structure of every cell: the input projection x_t W_ihᵀ + b_ih of
/// all steps is one product before the time loop (the LSTM computes it step
/// by step, with the same bits), each step adds one
/// recurrent product h_{t−1} W_hhᵀ + b_hh, and backward mirrors it (the
/// gradients of W_ih and of the input are one product after the loop).
enum LayerPass {
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func forward<S: EngineScalar>(
        _ cell: CellKind, _ w: LayerWeights<S>, _ shape: LayerShape, input: [S], h0: [S], c0: [S]
    ) -> LayerRecord<S> {
        switch cell {
        case .rnn(let f):
            return RNNCell.forward(f, w, shape, input: input, projected: inputProjection(w, shape, input), h0: h0)
        case .lstm(let o):
            return LSTMCell.forward(o, w, shape, input: input, h0: h0, c0: c0)  // projects step by step
        case .gru(let after):
            return GRUCell.forward(after, w, shape, input: input, projected: inputProjection(w, shape, input), h0: h0)
        }
    }

    /// - Parameters:
    ///   - outputGradient: ∂L/∂h_t for every step, (T, B, H).
    ///   - hnGradient, cnGradient: ∂L/∂h_T and ∂L/∂c_T from outside (or empty).
    ///   - inputGradient: whether to compute ∂L/∂input (else `input` is empty).
    ///   - norms: whether to keep ‖∂L/∂h_t‖ and ‖∂L/∂c_t‖ (else both are empty).
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func backward<S: EngineScalar>(
        _ cell: CellKind, _ w: LayerWeights<S>, _ record: LayerRecord<S>,
        outputGradient: [S], hnGradient: [S], cnGradient: [S], inputGradient: Bool, norms: Bool
    ) -> LayerBackward<S> {
        let shape = record.shape
        var grads = LayerGradients(zerosLike: w)
        // ∂L/∂(input pre-activations) of every step, filled by the cell.
        // The LSTM writes every gate's gradient at every step; the other cells
        // fill some blocks in later passes, so theirs start from zeros.
        var preActivation: [S]
        if case .lstm = cell {
            preActivation = .forOverwrite(count: shape.steps * shape.batch * shape.width)
        } else {
            preActivation = [S](repeating: 0, count: shape.steps * shape.batch * shape.width)
        }
        var result: LayerBackward<S>
        switch cell {
        case .rnn(let f):
            result = RNNCell.backward(f, w, record, outputGradient, hnGradient, &grads, &preActivation)
        case .lstm(let o):
            result = LSTMCell.backward(o, w, record, outputGradient, hnGradient, cnGradient, &grads, &preActivation, norms: norms)
        case .gru(let after):
            result = GRUCell.backward(after, w, record, outputGradient, hnGradient, &grads, &preActivation)
        }
        let rows = shape.steps * shape.batch
        var dInput = [S](repeating: 0, count: inputGradient ? rows * shape.input : 0)
        preActivation.withUnsafeBufferPointer { da in
            record.input.withUnsafeBufferPointer { x in
                w.inputWeights.withUnsafeBufferPointer { wih in
                    grads.inputWeights.withUnsafeMutableBufferPointer { dw in
                        grads.inputBias.withUnsafeMutableBufferPointer { db in
                            Kernels.weightGradient(
                                rows: rows, cols: shape.width, inner: shape.input,
                                dy: da.base, lddy: shape.width, x: x.base, ldx: shape.input,
                                dw: dw.base, lddw: shape.input, bias: db.base)
                        }
                    }
                    if inputGradient {
                      dInput.withUnsafeMutableBufferPointer { dx in
                        Kernels.inputGradient(
                            rows: rows, cols: shape.width, inner: shape.input,
                            dy: da.base, lddy: shape.width, w: wih.base, ldw: shape.input,
                            dx: dx.base, lddx: shape.input)
                      }
                    }
                }
            }
        }
        if !norms {
            result.hiddenNorms = []
            result.cellNorms = []
        }
        result.gradients = grads
        result.input = dInput
        return result
    }

    /// x_t W_ihᵀ + b_ih for all steps at once: (T·B, G·H).
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    private static func inputProjection<S: EngineScalar>(_ w: LayerWeights<S>, _ shape: LayerShape, _ input: [S]) -> [S] {
        let rows = shape.steps * shape.batch
        var out = [S].forOverwrite(count: rows * shape.width)  // the product writes every element
        let transposed = Kernels.transpose(w.inputWeights, rows: shape.width, cols: shape.input)
        input.withUnsafeBufferPointer { x in
            transposed.withUnsafeBufferPointer { wih in
                w.inputBias.withUnsafeBufferPointer { b in
                    out.withUnsafeMutableBufferPointer { o in
                        Kernels.linear(
                            rows: rows, cols: shape.width, inner: shape.input,
                            a: x.base, lda: shape.input, wt: wih.base, ldwt: shape.width,
                            bias: b.base, c: o.base, ldc: shape.width)
                    }
                }
            }
        }
        return out
    }
}

extension UnsafeBufferPointer {
    /// The start of a buffer that the engine never creates empty-and-read.
    @inlinable var base: UnsafePointer<Element> {
        baseAddress ?? UnsafePointer(bitPattern: MemoryLayout<Element>.alignment).unsafelyUnwrapped
    }
}

extension UnsafeMutableBufferPointer {
    @inlinable var base: UnsafeMutablePointer<Element> {
        baseAddress ?? UnsafeMutablePointer(bitPattern: MemoryLayout<Element>.alignment).unsafelyUnwrapped
    }
}
