/// The engine's kernels as plain loops: Double's witnesses of the
/// ``EngineScalar`` kernel requirements, and the order of operations that
/// Float's SIMD kernels reproduce lane by lane, so that both are the same
/// bits as these loops.
enum ReferenceKernels {
    /// σ over `count` values in place.
    @_specialize(where S == Double)
    static func sigmoid<S: EngineScalar>(_ p: UnsafeMutablePointer<S>, count: Int) {
        for i in 0..<count { p[i] = S.sigmoid(p[i]) }
    }

    /// tanh of `count` values from `source` into `destination` (which may be `source`).
    @_specialize(where S == Double)
    static func tanh<S: EngineScalar>(_ source: UnsafePointer<S>, _ destination: UnsafeMutablePointer<S>, count: Int) {
        for i in 0..<count { destination[i] = S.tanh(source[i]) }
    }

    /// C[m, n] = (accumulate ? C[m, n] : 0) + Σ_k A[m, k] · B[k, n], k
    /// ascending, then + bias[n]; the innermost loop runs over independent
    /// outputs so that it vectorises while every output sums in k order.
    @_specialize(where S == Double)
    static func product<S: EngineScalar>(
        rows: Int, cols: Int, inner: Int,
        a: UnsafePointer<S>, lda: Int, b: UnsafePointer<S>, ldb: Int,
        bias: UnsafePointer<S>?, c: UnsafeMutablePointer<S>, ldc: Int, accumulate: Bool
    ) {
        for m in 0..<rows {
            let aRow = a + m * lda
            let cRow = c + m * ldc
            if !accumulate {
                for n in 0..<cols { cRow[n] = 0 }
            }
            for k in 0..<inner {
                let x = aRow[k]
                let bRow = b + k * ldb
                for n in 0..<cols { cRow[n] += x * bRow[n] }
            }
            if let bias {
                for n in 0..<cols { cRow[n] += bias[n] }
            }
        }
    }

    /// ``product`` from B packed by ``Kernels/packColumns(_:ldb:inner:cols:)``.
    @_specialize(where S == Double)
    static func productPacked<S: EngineScalar>(
        rows: Int, cols: Int, inner: Int, a: UnsafePointer<S>, lda: Int, packed: UnsafePointer<S>,
        bias: UnsafePointer<S>?, c: UnsafeMutablePointer<S>, ldc: Int, accumulate: Bool
    ) {
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

    /// dW[n, k] += Σ_m D[m, n] · X[m, k] and bias[n] += Σ_m D[m, n]: rows
    /// in `groups` groups of `groupRows` (group g's rows from row
    /// g·groupRows), groups ascending or descending, rows ascending within
    /// a group.
    @_specialize(where S == Double)
    static func weightGradient<S: EngineScalar>(
        groups: Int, groupRows: Int, descending: Bool, cols: Int, inner: Int,
        d: UnsafePointer<S>, ldd: Int, x: UnsafePointer<S>, ldx: Int,
        dw: UnsafeMutablePointer<S>, lddw: Int, bias: UnsafeMutablePointer<S>?
    ) {
        for visit in 0..<groups {
            let group = descending ? groups - 1 - visit : visit
            for m in (group * groupRows)..<((group + 1) * groupRows) {
                let dRow = d + m * ldd
                let xRow = x + m * ldx
                for n in 0..<cols {
                    let v = dRow[n]
                    if let bias { bias[n] += v }
                    let dwRow = dw + n * lddw
                    for k in 0..<inner { dwRow[k] += v * xRow[k] }
                }
            }
        }
    }

    /// The plain LSTM's state update: c = f ⊙ c₋₁ + i ⊙ g, tanh(c), h = o ⊙ tanh(c).
    @_specialize(where S == Double)
    static func lstmStates<S: EngineScalar>(
        rows: Int, hidden H: Int, gates: UnsafePointer<S>, previousCell: UnsafePointer<S>,
        cell: UnsafeMutablePointer<S>, tanhCell: UnsafeMutablePointer<S>, output: UnsafeMutablePointer<S>
    ) {
        let W = 4 * H
        for b in 0..<rows {
            let gRow = gates + b * W, cRow = cell + b * H, cpRow = previousCell + b * H
            for u in 0..<H { cRow[u] = gRow[H + u] * cpRow[u] + gRow[u] * gRow[2 * H + u] }
        }
        tanh(cell, tanhCell, count: rows * H)
        for b in 0..<rows {
            let oRow = gates + b * W + 3 * H, hRow = output + b * H, tRow = tanhCell + b * H
            for u in 0..<H { hRow[u] = oRow[u] * tRow[u] }
        }
    }
}
