/// Products whose right-hand matrix is packed once into strips of 8 columns
/// (each strip `inner × 8` contiguous, the last strip padded with zeros), so
/// that the tiles read it sequentially: a column strip of a row-major matrix
/// with rows a power-of-two apart would map every row to the same cache set.
///
/// The padding only feeds lanes that are never stored, so every stored
/// output is the same sum in the same order as ``Kernels/linear``.
extension Kernels {
    /// The packed form of B (inner × cols, row stride ldb).
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func packColumns<S: EngineScalar>(_ b: UnsafePointer<S>, ldb: Int, inner: Int, cols: Int) -> [S] {
        let strips = (cols + 7) / 8
        var packed = [S](repeating: 0, count: max(1, strips * inner * 8))
        packed.withUnsafeMutableBufferPointer { p in
            for s in 0..<strips {
                let width = min(8, cols - s * 8)
                for k in 0..<inner {
                    let out = p.base + (s * inner + k) * 8
                    let row = b + k * ldb + s * 8
                    for j in 0..<width { out[j] = row[j] }
                }
            }
        }
        return packed
    }

    /// Wᵀ of a PyTorch-shaped weight W (rows × cols), packed: the right-hand
    /// side of y = x Wᵀ.
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func packedTranspose<S: EngineScalar>(_ w: [S], rows: Int, cols: Int) -> [S] {
        transpose(w, rows: rows, cols: cols).withUnsafeBufferPointer {
            packColumns($0.base, ldb: rows, inner: cols, cols: rows)
        }
    }

    /// W itself (rows × cols), packed: the right-hand side of dx = dy W.
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func packed<S: EngineScalar>(_ w: [S], rows: Int, cols: Int) -> [S] {
        w.withUnsafeBufferPointer { packColumns($0.base, ldb: cols, inner: rows, cols: cols) }
    }

    /// C[m, n] = (accumulate ? C[m, n] : 0) + Σ_k A[m, k] · B[k, n] (k
    /// ascending), then + bias[n], from B packed by ``packColumns(_:ldb:inner:cols:)``.
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func productPacked<S: EngineScalar>(
        rows: Int, cols: Int, inner: Int,
        a: UnsafePointer<S>, lda: Int, packed: UnsafePointer<S>,
        bias: UnsafePointer<S>?, c: UnsafeMutablePointer<S>, ldc: Int, accumulate: Bool
    ) {
        if S.self == Float.self {
            TiledKernels.productPacked(
                rows: rows, cols: cols, inner: inner, a: floats(a), lda: lda, packed: floats(packed),
                bias: bias.map(floats), c: floats(c), ldc: ldc, accumulate: accumulate)
            return
        }
        for m in 0..<rows {
            let aRow = a + m * lda, cRow = c + m * ldc
            for n in 0..<cols {
                let strip = packed + (n / 8) * inner * 8 + n % 8
                var s: S = accumulate ? cRow[n] : 0
                for k in 0..<inner { s += aRow[k] * strip[k * 8] }
                if let bias { s += bias[n] }
                cRow[n] = s
            }
        }
    }
}
