/// The dense products of the engine, over raw buffers with row strides so
/// that a gate block (a run of columns) can be addressed in place.
///
/// Every sum runs in one fixed order (k ascending, then rows ascending for
/// accumulations), with no fused multiply-add, so the bits do not depend on
/// the machine. Weights are PyTorch-shaped (out, in): y = x Wᵀ.
enum Kernels {
    /// C[m, n] = Σ_k A[m, k] · Wᵀ[k, n] (+ bias[n]), for m < rows, n < cols,
    /// from the transposed weights Wᵀ (inner × ldwt), so that the innermost
    /// loop runs over independent outputs and vectorises while every output
    /// still sums over k in ascending order.
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func linear<S: EngineScalar>(
        rows: Int, cols: Int, inner: Int,
        a: UnsafePointer<S>, lda: Int,
        wt: UnsafePointer<S>, ldwt: Int,
        bias: UnsafePointer<S>?,
        c: UnsafeMutablePointer<S>, ldc: Int
    ) {
        if S.self == Float.self {
            TiledKernels.product(
                rows: rows, cols: cols, inner: inner, a: floats(a), lda: lda, b: floats(wt), ldb: ldwt,
                bias: bias.map(floats), c: floats(c), ldc: ldc, accumulate: false)
            return
        }
        for m in 0..<rows {
            let aRow = a + m * lda
            let cRow = c + m * ldc
            for n in 0..<cols { cRow[n] = 0 }
            for k in 0..<inner {
                let x = aRow[k]
                let wRow = wt + k * ldwt
                for n in 0..<cols { cRow[n] += x * wRow[n] }
            }
            if let bias {
                for n in 0..<cols { cRow[n] += bias[n] }
            }
        }
    }

    /// The transpose of a rows × cols row-major matrix.
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func transpose<S: EngineScalar>(_ m: [S], rows: Int, cols: Int) -> [S] {
        var t = [S](repeating: 0, count: m.count)
        for r in 0..<rows {
            for c in 0..<cols { t[c * rows + r] = m[r * cols + c] }
        }
        return t
    }

    /// dW[n, k] += Σ_m dY[m, n] · X[m, k] (the weight gradient of y = x Wᵀ),
    /// and db[n] += Σ_m dY[m, n] when `bias` is given.
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func weightGradient<S: EngineScalar>(
        rows: Int, cols: Int, inner: Int,
        dy: UnsafePointer<S>, lddy: Int,
        x: UnsafePointer<S>, ldx: Int,
        dw: UnsafeMutablePointer<S>, lddw: Int,
        bias: UnsafeMutablePointer<S>?
    ) {
        if inner < smallInner {
            weightGradientNarrow(rows: rows, cols: cols, inner: inner, dy: dy, lddy: lddy, x: x, ldx: ldx, dw: dw, lddw: lddw, bias: bias)
            return
        }
        if S.self == Float.self {
            TiledKernels.weightGradient(
                groups: 1, groupRows: rows, descending: false, cols: cols, inner: inner,
                d: floats(dy), ldd: lddy, x: floats(x), ldx: ldx, dw: floats(dw), lddw: lddw, bias: bias.map(floats))
            return
        }
        for m in 0..<rows {
            let dyRow = dy + m * lddy
            let xRow = x + m * ldx
            for n in 0..<cols {
                let d = dyRow[n]
                if let bias { bias[n] += d }
                let dwRow = dw + n * lddw
                for k in 0..<inner { dwRow[k] += d * xRow[k] }
            }
        }
    }

    /// Below this inner size (an input of a few features) the products
    /// switch to loops that keep the long dimension innermost; each sum
    /// still runs in the same order, so the bits are the same.
    static var smallInner: Int { 8 }

    /// ``weightGradient`` for a narrow X: accumulates Wᵀ so that the inner
    /// loop runs over the outputs n. Every element still sums over m in
    /// ascending order from its previous value.
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func weightGradientNarrow<S: EngineScalar>(
        rows: Int, cols: Int, inner: Int,
        dy: UnsafePointer<S>, lddy: Int,
        x: UnsafePointer<S>, ldx: Int,
        dw: UnsafeMutablePointer<S>, lddw: Int,
        bias: UnsafeMutablePointer<S>?
    ) {
        let t = UnsafeMutablePointer<S>.allocate(capacity: max(1, inner * cols))
        defer { t.deallocate() }
        for n in 0..<cols {
            for k in 0..<inner { (t + k * cols + n).initialize(to: dw[n * lddw + k]) }
        }
        for m in 0..<rows {
            let dyRow = dy + m * lddy
            let xRow = x + m * ldx
            if let bias {
                for n in 0..<cols { bias[n] += dyRow[n] }
            }
            for k in 0..<inner {
                let xk = xRow[k]
                let tRow = t + k * cols
                for n in 0..<cols { tRow[n] += dyRow[n] * xk }
            }
        }
        for n in 0..<cols {
            for k in 0..<inner { dw[n * lddw + k] = t[k * cols + n] }
        }
    }

    /// dX[m, k] += Σ_n dY[m, n] · W[n, k] (the input gradient of y = x Wᵀ).
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func inputGradient<S: EngineScalar>(
        rows: Int, cols: Int, inner: Int,
        dy: UnsafePointer<S>, lddy: Int,
        w: UnsafePointer<S>, ldw: Int,
        dx: UnsafeMutablePointer<S>, lddx: Int
    ) {
        if S.self == Float.self, inner >= smallInner {
            // dX = dY · W with W read row by row: the same sums, n ascending from dX.
            TiledKernels.product(
                rows: rows, cols: inner, inner: cols, a: floats(dy), lda: lddy, b: floats(w), ldb: ldw,
                bias: nil, c: floats(dx), ldc: lddx, accumulate: true)
            return
        }
        if inner < smallInner {
            // A narrow X: each element sums in a register, n ascending as
            // below; four rows at a time so that four sums are in flight.
            var m0 = 0
            while m0 + 4 <= rows {
                let d0 = dy + m0 * lddy, d1 = d0 + lddy, d2 = d1 + lddy, d3 = d2 + lddy
                let x0 = dx + m0 * lddx, x1 = x0 + lddx, x2 = x1 + lddx, x3 = x2 + lddx
                for k in 0..<inner {
                    var s0 = x0[k], s1 = x1[k], s2 = x2[k], s3 = x3[k]
                    for n in 0..<cols {
                        let wk = w[n * ldw + k]
                        s0 += d0[n] * wk
                        s1 += d1[n] * wk
                        s2 += d2[n] * wk
                        s3 += d3[n] * wk
                    }
                    x0[k] = s0; x1[k] = s1; x2[k] = s2; x3[k] = s3
                }
                m0 += 4
            }
            for m in m0..<rows {
                let dyRow = dy + m * lddy
                let dxRow = dx + m * lddx
                for k in 0..<inner {
                    var s = dxRow[k]
                    for n in 0..<cols { s += dyRow[n] * w[n * ldw + k] }
                    dxRow[k] = s
                }
            }
            return
        }
        for m in 0..<rows {
            let dyRow = dy + m * lddy
            let dxRow = dx + m * lddx
            for n in 0..<cols {
                let d = dyRow[n]
                let wRow = w + n * ldw
                for k in 0..<inner { dxRow[k] += d * wRow[k] }
            }
        }
    }

    /// The recurrent weight gradient of a whole sequence in one pass:
    /// ``weightGradient`` over the rows of every step, steps from T − 1 down
    /// to 0 as BPTT visits them (so the sums run in BPTT's order), with
    /// step t's rows at `dy + t·batch·lddy` and `x + t·batch·ldx`.
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func weightGradientOverSteps<S: EngineScalar>(
        steps: Int, batch: Int, cols: Int, inner: Int,
        dy: UnsafePointer<S>, lddy: Int,
        x: UnsafePointer<S>, ldx: Int,
        dw: UnsafeMutablePointer<S>, lddw: Int,
        bias: UnsafeMutablePointer<S>?
    ) {
        if S.self == Float.self, inner >= smallInner {
            TiledKernels.weightGradient(
                groups: steps, groupRows: batch, descending: true, cols: cols, inner: inner,
                d: floats(dy), ldd: lddy, x: floats(x), ldx: ldx, dw: floats(dw), lddw: lddw, bias: bias.map(floats))
            return
        }
        for t in stride(from: steps - 1, through: 0, by: -1) {
            weightGradient(
                rows: batch, cols: cols, inner: inner, dy: dy + t * batch * lddy, lddy: lddy,
                x: x + t * batch * ldx, ldx: ldx, dw: dw, lddw: lddw, bias: bias)
        }
    }
}

/// A pointer of the generic scalar as the Float it is (checked by the caller).
@inline(__always)
func floats<S>(_ p: UnsafePointer<S>) -> UnsafePointer<Float> {
    UnsafeRawPointer(p).assumingMemoryBound(to: Float.self)
}

@inline(__always)
func floats<S>(_ p: UnsafeMutablePointer<S>) -> UnsafeMutablePointer<Float> {
    UnsafeMutableRawPointer(p).assumingMemoryBound(to: Float.self)
}
