/// The linear head y = h Wᵀ + b over the rows the loss reads, forward and back.
enum HeadPass {
    /// y for every position: (positions, O).
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func outputs<S: EngineScalar>(
        _ output: [S], _ rows: HeadRows, weight: [S], bias: [S], outputs O: Int, hidden H: Int
    ) -> [S] {
        var y = [S](repeating: 0, count: rows.positions * O)
        let transposed = Kernels.transpose(weight, rows: O, cols: H)
        withBaseAddresses(output, transposed, bias) { h, w, b in
            y.withUnsafeMutableBufferPointer { out in
                Kernels.linear(
                    rows: rows.positions, cols: O, inner: H, a: h + rows.firstRow * H, lda: H,
                    wt: w, ldwt: O, bias: b, c: out.base, ldc: O)
            }
        }
        return y
    }

    /// ∂loss/∂W, ∂loss/∂b and ∂loss/∂h (T, B, H) from ∂loss/∂y.
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func backward<S: EngineScalar>(
        _ dy: [S], _ rows: HeadRows, output: [S], weight: [S], outputs O: Int, hidden H: Int
    ) -> (weight: [S], bias: [S], output: [S]) {
        var dW = [S](repeating: 0, count: O * H), dB = [S](repeating: 0, count: O)
        var dOut = [S](repeating: 0, count: output.count)
        withBaseAddresses(output, weight, dy) { h, w, d in
            withMutableBaseAddresses(&dW, &dB, &dOut) { dw, db, dx in
                Kernels.weightGradient(
                    rows: rows.positions, cols: O, inner: H, dy: d, lddy: O,
                    x: h + rows.firstRow * H, ldx: H, dw: dw, lddw: H, bias: db)
                Kernels.inputGradient(
                    rows: rows.positions, cols: O, inner: H, dy: d, lddy: O,
                    w: w, ldw: H, dx: dx + rows.firstRow * H, lddx: H)
            }
        }
        return (dW, dB, dOut)
    }
}
