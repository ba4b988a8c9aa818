extension RecurrentModel {
    /// The head's outputs at every step of `pass`: (T, B, O), y = h Wᵀ + b.
    ///
    /// For free-running prediction, feed one step at a time with
    /// `forward(_:h0:c0:)` from the previous pass's `finalHidden`/`finalCell`.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public func predictions(_ pass: ForwardPass<Scalar>) throws(EngineError) -> Tensor<Scalar> {
        guard let O = outputSize, let w = parameters["head.weight"], let b = parameters["head.bias"] else {
            throw .invalidParameter("the model has no head; give it an output size to predict")
        }
        try checkCompatible(pass)
        guard w.shape == [O, spec.hidden], b.shape == [O] else {
            throw .shapeMismatch("head.weight \(w.shape) and head.bias \(b.shape) do not fit (\(O), \(spec.hidden))")
        }
        let (T, B, H) = (pass.steps, pass.batch, spec.hidden)
        let transposed = Kernels.transpose(w.values, rows: O, cols: H)
        var y = [Scalar](repeating: 0, count: T * B * O)
        pass.output.values.withUnsafeBufferPointer { h in
            transposed.withUnsafeBufferPointer { wt in
                b.values.withUnsafeBufferPointer { bias in
                    y.withUnsafeMutableBufferPointer { out in
                        Kernels.linear(
                            rows: T * B, cols: O, inner: H, a: h.base, lda: H,
                            wt: wt.base, ldwt: O, bias: bias.base, c: out.base, ldc: O)
                    }
                }
            }
        }
        return try Tensor(shape: [T, B, O], values: y)
    }
}
