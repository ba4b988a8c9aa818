/// Double, the reference scalar: elementary functions from ``Elementary``
/// and the plain loops of ``ReferenceKernels``.
extension Double: EngineScalar {
    @inlinable public static func exp(_ x: Double) -> Double { Elementary.exp(x) }
    @inlinable public static func log(_ x: Double) -> Double { Elementary.log(x) }
    @inlinable public static func tanh(_ x: Double) -> Double { Elementary.tanh(x) }
    @inlinable public static func sigmoid(_ x: Double) -> Double { Elementary.sigmoid(x) }
    @inlinable public static func sin(_ x: Double) -> Double { Elementary.sin(x) }
    @inlinable public static func cos(_ x: Double) -> Double { Elementary.cos(x) }
    public static var dtypeName: String { "F64" }

    public static func _sigmoid(_ p: UnsafeMutablePointer<Double>, count: Int) {
        ReferenceKernels.sigmoid(p, count: count)
    }

    public static func _tanh(_ source: UnsafePointer<Double>, _ destination: UnsafeMutablePointer<Double>, count: Int) {
        ReferenceKernels.tanh(source, destination, count: count)
    }

    public static func _product(
        rows: Int, cols: Int, inner: Int,
        a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
        bias: UnsafePointer<Double>?, c: UnsafeMutablePointer<Double>, ldc: Int, accumulate: Bool
    ) {
        ReferenceKernels.product(
            rows: rows, cols: cols, inner: inner, a: a, lda: lda, b: b, ldb: ldb,
            bias: bias, c: c, ldc: ldc, accumulate: accumulate)
    }

    public static func _productPacked(
        rows: Int, cols: Int, inner: Int, a: UnsafePointer<Double>, lda: Int, packed: UnsafePointer<Double>,
        bias: UnsafePointer<Double>?, c: UnsafeMutablePointer<Double>, ldc: Int, accumulate: Bool
    ) {
        ReferenceKernels.productPacked(
            rows: rows, cols: cols, inner: inner, a: a, lda: lda, packed: packed,
            bias: bias, c: c, ldc: ldc, accumulate: accumulate)
    }

    public static func _weightGradient(
        groups: Int, groupRows: Int, descending: Bool, cols: Int, inner: Int,
        d: UnsafePointer<Double>, ldd: Int, x: UnsafePointer<Double>, ldx: Int,
        dw: UnsafeMutablePointer<Double>, lddw: Int, bias: UnsafeMutablePointer<Double>?
    ) {
        ReferenceKernels.weightGradient(
            groups: groups, groupRows: groupRows, descending: descending, cols: cols, inner: inner,
            d: d, ldd: ldd, x: x, ldx: ldx, dw: dw, lddw: lddw, bias: bias)
    }

    public static func _lstmStates(
        rows: Int, hidden: Int, gates: UnsafePointer<Double>, previousCell: UnsafePointer<Double>,
        cell: UnsafeMutablePointer<Double>, tanhCell: UnsafeMutablePointer<Double>, output: UnsafeMutablePointer<Double>
    ) {
        ReferenceKernels.lstmStates(
            rows: rows, hidden: hidden, gates: gates, previousCell: previousCell,
            cell: cell, tanhCell: tanhCell, output: output)
    }

    public static func _lstmGradients(
        rows: Int, hidden: Int, dOut: UnsafePointer<Double>, gates: UnsafePointer<Double>, d: UnsafeMutablePointer<Double>,
        previousCell: UnsafePointer<Double>, tanhCell: UnsafePointer<Double>,
        dh: UnsafeMutablePointer<Double>, dc: UnsafeMutablePointer<Double>,
        dhts: UnsafeMutablePointer<Double>, dcts: UnsafeMutablePointer<Double>
    ) {
        for b in 0..<rows {
            LSTMCell.plainUnits(
                0..<hidden, row: b, H: hidden, dOut: dOut, g: gates, d: d, cPrev: previousCell, tanhC: tanhCell,
                dh: dh, dc: dc, dhts: dhts, dcts: dcts)
        }
    }
}
