/// The dense products of the engine, over raw buffers with row strides so
/// that a gate block (a run of columns) can be addressed in place.
///
/// Every sum runs in one fixed order (k ascending, then rows ascending for
/// accumulations), with no fused multiply-add, so the bits do not depend on
/// the machine. Weights are PyTorch-shaped (out, in): y = x Wᵀ.
enum Kernels {
    /// C[m, n] = Σ_k A[m, k] · W[n, k] (+ bias[n]), for m < rows, n < cols.
    @inlinable @inline(__always)
    static func linear<S: EngineScalar>(
        rows: Int, cols: Int, inner: Int,
        a: UnsafePointer<S>, lda: Int,
        w: UnsafePointer<S>, ldw: Int,
        bias: UnsafePointer<S>?,
        c: UnsafeMutablePointer<S>, ldc: Int
    ) {
        for m in 0..<rows {
            let aRow = a + m * lda
            let cRow = c + m * ldc
            for n in 0..<cols {
                let wRow = w + n * ldw
                var s: S = 0
                for k in 0..<inner { s += aRow[k] * wRow[k] }
                if let bias { s += bias[n] }
                cRow[n] = s
            }
        }
    }

    /// C[m, n] += Σ_k A[m, k] · W[n, k].
    @inlinable @inline(__always)
    static func linearAccumulate<S: EngineScalar>(
        rows: Int, cols: Int, inner: Int,
        a: UnsafePointer<S>, lda: Int,
        w: UnsafePointer<S>, ldw: Int,
        c: UnsafeMutablePointer<S>, ldc: Int
    ) {
        for m in 0..<rows {
            let aRow = a + m * lda
            let cRow = c + m * ldc
            for n in 0..<cols {
                let wRow = w + n * ldw
                var s: S = 0
                for k in 0..<inner { s += aRow[k] * wRow[k] }
                cRow[n] += s
            }
        }
    }

    /// dW[n, k] += Σ_m dY[m, n] · X[m, k] (the weight gradient of y = x Wᵀ),
    /// and db[n] += Σ_m dY[m, n] when `bias` is given.
    @inlinable @inline(__always)
    static func weightGradient<S: EngineScalar>(
        rows: Int, cols: Int, inner: Int,
        dy: UnsafePointer<S>, lddy: Int,
        x: UnsafePointer<S>, ldx: Int,
        dw: UnsafeMutablePointer<S>, lddw: Int,
        bias: UnsafeMutablePointer<S>?
    ) {
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

    /// dX[m, k] += Σ_n dY[m, n] · W[n, k] (the input gradient of y = x Wᵀ).
    @inlinable @inline(__always)
    static func inputGradient<S: EngineScalar>(
        rows: Int, cols: Int, inner: Int,
        dy: UnsafePointer<S>, lddy: Int,
        w: UnsafePointer<S>, ldw: Int,
        dx: UnsafeMutablePointer<S>, lddx: Int
    ) {
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
}
