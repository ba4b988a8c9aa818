/// Register-tiled Float products behind ``Kernels``, bit for bit the same as
/// the plain loops: every output still starts from the same value and adds
/// its terms one at a time in the same order (the tile only keeps several
/// independent outputs in registers), with a separate multiply and add
/// (Swift never contracts them into a fused multiply-add).
///
/// A tile is 4 rows × 8 columns held in four `SIMD8<Float>` accumulators,
/// which fits the 16 vector registers of SSE and of AVX.
enum TiledKernels {
    typealias V = SIMD8<Float>

    @inline(__always)
    static func load(_ p: UnsafePointer<Float>) -> V {
        UnsafeRawPointer(p).loadUnaligned(as: V.self)
    }

    @inline(__always)
    static func store(_ v: V, _ p: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: V.self)
    }

    /// C[m, n] = (accumulate ? C[m, n] : 0) + Σ_k A[m, k] · B[k, n], k
    /// ascending, then + bias[n].
    static func product(
        rows: Int, cols: Int, inner: Int,
        a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int,
        bias: UnsafePointer<Float>?,
        c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool
    ) {
        let fullCols = cols & ~7
        // Column strips outermost: a strip of B (inner × 8) stays in L1
        // while every row block of A passes over it.
        var n = 0
        while n < fullCols {
            var m = 0
            while m + 4 <= rows {
                let a0 = a + m * lda, a1 = a0 + lda, a2 = a1 + lda, a3 = a2 + lda
                let c0 = c + m * ldc + n, c1 = c0 + ldc, c2 = c1 + ldc, c3 = c2 + ldc
                var s0 = V(), s1 = V(), s2 = V(), s3 = V()
                if accumulate {
                    s0 = load(c0); s1 = load(c1); s2 = load(c2); s3 = load(c3)
                }
                var bk = b + n
                for k in 0..<inner {
                    let bv = load(bk)
                    s0 = s0 + a0[k] * bv
                    s1 = s1 + a1[k] * bv
                    s2 = s2 + a2[k] * bv
                    s3 = s3 + a3[k] * bv
                    bk += ldb
                }
                if let bias {
                    let bv = load(bias + n)
                    s0 = s0 + bv; s1 = s1 + bv; s2 = s2 + bv; s3 = s3 + bv
                }
                store(s0, c0); store(s1, c1); store(s2, c2); store(s3, c3)
                m += 4
            }
            while m < rows {
                let a0 = a + m * lda, c0 = c + m * ldc + n
                var s0 = accumulate ? load(c0) : V()
                var bk = b + n
                for k in 0..<inner {
                    s0 = s0 + a0[k] * load(bk)
                    bk += ldb
                }
                if let bias { s0 = s0 + load(bias + n) }
                store(s0, c0)
                m += 1
            }
            n += 8
        }
        guard fullCols < cols else { return }
        for m in 0..<rows {
            let aRow = a + m * lda, cRow = c + m * ldc
            for n in fullCols..<cols {
                var s: Float = accumulate ? cRow[n] : 0
                for k in 0..<inner { s = s + aRow[k] * b[k * ldb + n] }
                if let bias { s = s + bias[n] }
                cRow[n] = s
            }
        }
    }

    /// dW[n, k] += Σ_r D[r, n] · X[r, k] and db[n] += Σ_r D[r, n] over the
    /// rows r of `groups` groups of `groupRows` rows each (a group is one
    /// time step's batch), groups in descending order when `descending`
    /// (BPTT visits steps newest first), rows ascending inside a group.
    static func weightGradient(
        groups: Int, groupRows: Int, descending: Bool, cols: Int, inner: Int,
        d: UnsafePointer<Float>, ldd: Int,
        x: UnsafePointer<Float>, ldx: Int,
        dw: UnsafeMutablePointer<Float>, lddw: Int,
        bias: UnsafeMutablePointer<Float>?
    ) {
        // Blocks of groups small enough that their rows of D and X stay in
        // cache while every tile of dW passes over them.
        let perBlock = max(1, 128 / max(1, groupRows))
        var done = 0
        while done < groups {
            let count = min(perBlock, groups - done)
            // The groups of this block in visiting order.
            let first = descending ? groups - 1 - done : done
            let step = descending ? -1 : 1
            if let bias {
                for g in 0..<count {
                    let group = first + g * step
                    for m in 0..<groupRows {
                        let dRow = d + (group * groupRows + m) * ldd
                        for n in 0..<cols { bias[n] = bias[n] + dRow[n] }
                    }
                }
            }
            block(
                first: first, step: step, count: count, groupRows: groupRows, cols: cols, inner: inner,
                d: d, ldd: ldd, x: x, ldx: ldx, dw: dw, lddw: lddw)
            done += count
        }
    }

    private static func block(
        first: Int, step: Int, count: Int, groupRows: Int, cols: Int, inner: Int,
        d: UnsafePointer<Float>, ldd: Int,
        x: UnsafePointer<Float>, ldx: Int,
        dw: UnsafeMutablePointer<Float>, lddw: Int
    ) {
        let fullInner = inner & ~7
        var n = 0
        while n + 4 <= cols {
            let w0 = dw + n * lddw, w1 = w0 + lddw, w2 = w1 + lddw, w3 = w2 + lddw
            var k = 0
            while k < fullInner {
                var s0 = load(w0 + k), s1 = load(w1 + k), s2 = load(w2 + k), s3 = load(w3 + k)
                for g in 0..<count {
                    let row = (first + g * step) * groupRows
                    var dr = d + row * ldd + n
                    var xr = x + row * ldx + k
                    for _ in 0..<groupRows {
                        let xv = load(xr)
                        s0 = s0 + dr[0] * xv
                        s1 = s1 + dr[1] * xv
                        s2 = s2 + dr[2] * xv
                        s3 = s3 + dr[3] * xv
                        dr += ldd
                        xr += ldx
                    }
                }
                store(s0, w0 + k); store(s1, w1 + k); store(s2, w2 + k); store(s3, w3 + k)
                k += 8
            }
            n += 4
        }
        // The edges (cols not a multiple of 4, inner not a multiple of 8), one element at a time.
        for nn in 0..<cols {
            let kStart = nn < (cols & ~3) ? fullInner : 0
            guard kStart < inner else { continue }
            let wRow = dw + nn * lddw
            for kk in kStart..<inner {
                var s = wRow[kk]
                for g in 0..<count {
                    let row = (first + g * step) * groupRows
                    for m in 0..<groupRows {
                        s = s + d[(row + m) * ldd + nn] * x[(row + m) * ldx + kk]
                    }
                }
                wRow[kk] = s
            }
        }
    }
}
