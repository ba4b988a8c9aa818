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
    ///
    /// The rows go in blocks of about 128: each block's rows of D are copied
    /// together with a row stride of an odd number of cache lines (rows a
    /// power of two apart would all fall in one cache set), and its X packed
    /// into strips of 8 columns, so that the tiles of dW read both
    /// sequentially; every element still sums its rows in visiting order.
    static func weightGradient(
        groups: Int, groupRows: Int, descending: Bool, cols: Int, inner: Int,
        d: UnsafePointer<Float>, ldd: Int,
        x: UnsafePointer<Float>, ldx: Int,
        dw: UnsafeMutablePointer<Float>, lddw: Int,
        bias: UnsafeMutablePointer<Float>?
    ) {
        let perBlock = max(1, 128 / max(1, groupRows))
        let capacity = perBlock * groupRows
        let strips = (inner + 7) / 8
        let lines = (cols + 15) / 16
        let ldb = (lines % 2 == 0 ? lines + 1 : lines) * 16
        let dBlock = UnsafeMutablePointer<Float>.allocate(capacity: max(1, capacity * ldb))
        let xs = UnsafeMutablePointer<Float>.allocate(capacity: max(1, strips * capacity * 8))
        xs.initialize(repeating: 0, count: max(1, strips * capacity * 8))
        defer {
            dBlock.deallocate()
            xs.deallocate()
        }
        var done = 0
        while done < groups {
            let count = min(perBlock, groups - done)
            let rows = count * groupRows
            // Gather the block's rows in visiting order.
            for g in 0..<count {
                let group = descending ? groups - 1 - done - g : done + g
                for m in 0..<groupRows {
                    let r = g * groupRows + m
                    let dRow = d + (group * groupRows + m) * ldd
                    let xRow = x + (group * groupRows + m) * ldx
                    (dBlock + r * ldb).update(from: dRow, count: cols)
                    if let bias { addRow(dRow, into: bias, count: cols) }
                    var s = 0
                    while s * 8 + 8 <= inner {
                        store(load(xRow + s * 8), xs + (s * rows + r) * 8)
                        s += 1
                    }
                    if s < strips {
                        let out = xs + (s * rows + r) * 8
                        for j in 0..<(inner - s * 8) { out[j] = xRow[s * 8 + j] }
                    }
                }
            }
            // Threads take disjoint runs of dW's rows (in fours, the tile height).
            let tiles = (cols + 3) / 4
            EngineThreads.split(work: rows * cols * inner, maxParts: tiles) { part, parts in
                let first = tiles * part / parts * 4, last = min(cols, tiles * (part + 1) / parts * 4)
                guard first < last else { return }
                blockPacked(
                    rows: rows, cols: last - first, inner: inner, dBlock: dBlock + first, ldb: ldb, xs: xs,
                    dw: dw + first * lddw, lddw: lddw)
            }
            done += count
        }
    }

    /// sum[n] = sum[n] + row[n], eight at a time.
    @inline(__always)
    private static func addRow(_ row: UnsafePointer<Float>, into sum: UnsafeMutablePointer<Float>, count: Int) {
        var n = 0
        while n + 8 <= count {
            store(load(sum + n) + load(row + n), sum + n)
            n += 8
        }
        while n < count {
            sum[n] = sum[n] + row[n]
            n += 1
        }
    }

    private static func blockPacked(
        rows: Int, cols: Int, inner: Int,
        dBlock: UnsafePointer<Float>, ldb: Int, xs: UnsafePointer<Float>,
        dw: UnsafeMutablePointer<Float>, lddw: Int
    ) {
        var n = 0
        while n + 4 <= cols {
            let w0 = dw + n * lddw, w1 = w0 + lddw, w2 = w1 + lddw, w3 = w2 + lddw
            var k = 0
            // Two strips of X at a time: 4 × 16 outputs in eight accumulators.
            while k + 16 <= inner {
                var s0a = load(w0 + k), s0b = load(w0 + k + 8), s1a = load(w1 + k), s1b = load(w1 + k + 8)
                var s2a = load(w2 + k), s2b = load(w2 + k + 8), s3a = load(w3 + k), s3b = load(w3 + k + 8)
                var xa = xs + k * rows, xb = xs + (k + 8) * rows
                var e = dBlock + n
                for _ in 0..<rows {
                    let va = load(xa), vb = load(xb)
                    let e0 = e[0], e1 = e[1], e2 = e[2], e3 = e[3]
                    s0a = s0a + e0 * va; s0b = s0b + e0 * vb
                    s1a = s1a + e1 * va; s1b = s1b + e1 * vb
                    s2a = s2a + e2 * va; s2b = s2b + e2 * vb
                    s3a = s3a + e3 * va; s3b = s3b + e3 * vb
                    xa += 8; xb += 8; e += ldb
                }
                store(s0a, w0 + k); store(s0b, w0 + k + 8); store(s1a, w1 + k); store(s1b, w1 + k + 8)
                store(s2a, w2 + k); store(s2b, w2 + k + 8); store(s3a, w3 + k); store(s3b, w3 + k + 8)
                k += 16
            }
            while k < inner {
                let width = min(8, inner - k)
                var s0 = loadPartial(w0 + k, width), s1 = loadPartial(w1 + k, width)
                var s2 = loadPartial(w2 + k, width), s3 = loadPartial(w3 + k, width)
                var xr = xs + k * rows
                var e = dBlock + n
                for _ in 0..<rows {
                    let xv = load(xr)
                    s0 = s0 + e[0] * xv
                    s1 = s1 + e[1] * xv
                    s2 = s2 + e[2] * xv
                    s3 = s3 + e[3] * xv
                    xr += 8; e += ldb
                }
                storePartial(s0, w0 + k, width); storePartial(s1, w1 + k, width)
                storePartial(s2, w2 + k, width); storePartial(s3, w3 + k, width)
                k += 8
            }
            n += 4
        }
        while n < cols {
            let w0 = dw + n * lddw
            var k = 0
            while k < inner {
                let width = min(8, inner - k)
                var s0 = loadPartial(w0 + k, width)
                var xr = xs + k * rows
                var e = dBlock + n
                for _ in 0..<rows {
                    s0 = s0 + e[0] * load(xr)
                    xr += 8; e += ldb
                }
                storePartial(s0, w0 + k, width)
                k += 8
            }
            n += 1
        }
    }
}

// In this file so that `load` and `store` inline without whole-module optimisation (debug builds).
extension TiledKernels {
    static func productPacked(
        rows: Int, cols: Int, inner: Int,
        a: UnsafePointer<Float>, lda: Int, packed: UnsafePointer<Float>,
        bias: UnsafePointer<Float>?, c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool
    ) {
        // Threads take disjoint runs of column strips.
        let strips = (cols + 7) / 8
        EngineThreads.split(work: rows * cols * inner, maxParts: strips) { part, parts in
            let first = strips * part / parts, last = strips * (part + 1) / parts
            guard first < last else { return }
            productPackedStrips(
                rows: rows, cols: min(cols, last * 8) - first * 8, inner: inner, a: a, lda: lda,
                packed: packed + first * inner * 8, bias: bias.map { $0 + first * 8 }, c: c + first * 8, ldc: ldc,
                accumulate: accumulate)
        }
    }

    private static func productPackedStrips(
        rows: Int, cols: Int, inner: Int,
        a: UnsafePointer<Float>, lda: Int, packed: UnsafePointer<Float>,
        bias: UnsafePointer<Float>?, c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool
    ) {
        var n = 0
        // Two strips at a time: a 4 × 16 tile, eight accumulators, enough
        // independent sums to keep both multiply and both add pipes busy.
        while n + 16 <= cols {
            let strip0 = packed + (n / 8) * inner * 8, strip1 = strip0 + inner * 8
            var bias0 = V(), bias1 = V()
            if let bias {
                bias0 = load(bias + n)
                bias1 = load(bias + n + 8)
            }
            var m = 0
            while m + 4 <= rows {
                let a0 = a + m * lda, a1 = a0 + lda, a2 = a1 + lda, a3 = a2 + lda
                let c0 = c + m * ldc + n, c1 = c0 + ldc, c2 = c1 + ldc, c3 = c2 + ldc
                var s00 = V(), s01 = V(), s10 = V(), s11 = V(), s20 = V(), s21 = V(), s30 = V(), s31 = V()
                if accumulate {
                    s00 = load(c0); s01 = load(c0 + 8); s10 = load(c1); s11 = load(c1 + 8)
                    s20 = load(c2); s21 = load(c2 + 8); s30 = load(c3); s31 = load(c3 + 8)
                }
                var p0 = strip0, p1 = strip1
                for k in 0..<inner {
                    let v0 = load(p0), v1 = load(p1)
                    let x0 = a0[k], x1 = a1[k], x2 = a2[k], x3 = a3[k]
                    s00 = s00 + x0 * v0; s01 = s01 + x0 * v1
                    s10 = s10 + x1 * v0; s11 = s11 + x1 * v1
                    s20 = s20 + x2 * v0; s21 = s21 + x2 * v1
                    s30 = s30 + x3 * v0; s31 = s31 + x3 * v1
                    p0 += 8; p1 += 8
                }
                if bias != nil {
                    s00 = s00 + bias0; s01 = s01 + bias1; s10 = s10 + bias0; s11 = s11 + bias1
                    s20 = s20 + bias0; s21 = s21 + bias1; s30 = s30 + bias0; s31 = s31 + bias1
                }
                store(s00, c0); store(s01, c0 + 8); store(s10, c1); store(s11, c1 + 8)
                store(s20, c2); store(s21, c2 + 8); store(s30, c3); store(s31, c3 + 8)
                m += 4
            }
            while m < rows {
                let a0 = a + m * lda, c0 = c + m * ldc + n
                var s00 = V(), s01 = V()
                if accumulate { s00 = load(c0); s01 = load(c0 + 8) }
                var p0 = strip0, p1 = strip1
                for k in 0..<inner {
                    let x0 = a0[k]
                    s00 = s00 + x0 * load(p0); s01 = s01 + x0 * load(p1)
                    p0 += 8; p1 += 8
                }
                if bias != nil { s00 = s00 + bias0; s01 = s01 + bias1 }
                store(s00, c0); store(s01, c0 + 8)
                m += 1
            }
            n += 16
        }
        while n < cols {
            let width = min(8, cols - n)
            let strip = packed + (n / 8) * inner * 8
            var biasVector = V()
            if let bias {
                for j in 0..<width { biasVector[j] = bias[n + j] }
            }
            var m = 0
            while m + 4 <= rows {
                let a0 = a + m * lda, a1 = a0 + lda, a2 = a1 + lda, a3 = a2 + lda
                let c0 = c + m * ldc + n, c1 = c0 + ldc, c2 = c1 + ldc, c3 = c2 + ldc
                var s0 = V(), s1 = V(), s2 = V(), s3 = V()
                if accumulate {
                    s0 = loadPartial(c0, width); s1 = loadPartial(c1, width)
                    s2 = loadPartial(c2, width); s3 = loadPartial(c3, width)
                }
                var bk = strip
                for k in 0..<inner {
                    let bv = load(bk)
                    s0 = s0 + a0[k] * bv
                    s1 = s1 + a1[k] * bv
                    s2 = s2 + a2[k] * bv
                    s3 = s3 + a3[k] * bv
                    bk += 8
                }
                if bias != nil {
                    s0 = s0 + biasVector; s1 = s1 + biasVector; s2 = s2 + biasVector; s3 = s3 + biasVector
                }
                storePartial(s0, c0, width); storePartial(s1, c1, width)
                storePartial(s2, c2, width); storePartial(s3, c3, width)
                m += 4
            }
            while m < rows {
                let a0 = a + m * lda, c0 = c + m * ldc + n
                var s0 = accumulate ? loadPartial(c0, width) : V()
                var bk = strip
                for k in 0..<inner {
                    s0 = s0 + a0[k] * load(bk)
                    bk += 8
                }
                if bias != nil { s0 = s0 + biasVector }
                storePartial(s0, c0, width)
                m += 1
            }
            n += 8
        }
    }

    @inline(__always)
    static func loadPartial(_ p: UnsafePointer<Float>, _ width: Int) -> V {
        if width == 8 { return load(p) }
        var v = V()
        for j in 0..<width { v[j] = p[j] }
        return v
    }

    @inline(__always)
    static func loadPartial(_ p: UnsafeMutablePointer<Float>, _ width: Int) -> V {
        loadPartial(UnsafePointer(p), width)
    }

    @inline(__always)
    static func storePartial(_ v: V, _ p: UnsafeMutablePointer<Float>, _ width: Int) {
        if width == 8 {
            store(v, p)
            return
        }
        for j in 0..<width { p[j] = v[j] }
    }
}
