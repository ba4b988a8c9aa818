/// Float, the training scalar: elementary functions from ``Elementary`` and
/// kernels eight lanes wide (``FloatVectorKernels``, ``TiledKernels``,
/// ``LSTMVectorSteps``), each the same bits as ``ReferenceKernels``.
extension Float: EngineScalar {
    @inlinable public static func exp(_ x: Float) -> Float { Elementary.exp(x) }
    @inlinable public static func log(_ x: Float) -> Float { Elementary.log(x) }
    @inlinable public static func tanh(_ x: Float) -> Float { Elementary.tanh(x) }
    @inlinable public static func sigmoid(_ x: Float) -> Float { Elementary.sigmoid(x) }
    @inlinable public static func sin(_ x: Float) -> Float { Elementary.sin(x) }
    @inlinable public static func cos(_ x: Float) -> Float { Elementary.cos(x) }
    public static var dtypeName: String { "F32" }

    public static func _sigmoid(_ p: UnsafeMutablePointer<Float>, count: Int) {
        FloatVectorKernels.sigmoid(p, count: count)
    }

    public static func _tanh(_ source: UnsafePointer<Float>, _ destination: UnsafeMutablePointer<Float>, count: Int) {
        FloatVectorKernels.tanh(source, destination, count: count)
    }

    public static func _product(
        rows: Int, cols: Int, inner: Int,
        a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        bias: UnsafePointer<Float>?, c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool
    ) {
        TiledKernels.product(
            rows: rows, cols: cols, inner: inner, a: a, lda: lda, b: b, ldb: ldb,
            bias: bias, c: c, ldc: ldc, accumulate: accumulate)
    }

    public static func _productPacked(
        rows: Int, cols: Int, inner: Int, a: UnsafePointer<Float>, lda: Int, packed: UnsafePointer<Float>,
        bias: UnsafePointer<Float>?, c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool
    ) {
        TiledKernels.productPacked(
            rows: rows, cols: cols, inner: inner, a: a, lda: lda, packed: packed,
            bias: bias, c: c, ldc: ldc, accumulate: accumulate)
    }

    public static func _weightGradient(
        groups: Int, groupRows: Int, descending: Bool, cols: Int, inner: Int,
        d: UnsafePointer<Float>, ldd: Int, x: UnsafePointer<Float>, ldx: Int,
        dw: UnsafeMutablePointer<Float>, lddw: Int, bias: UnsafeMutablePointer<Float>?
    ) {
        TiledKernels.weightGradient(
            groups: groups, groupRows: groupRows, descending: descending, cols: cols, inner: inner,
            d: d, ldd: ldd, x: x, ldx: ldx, dw: dw, lddw: lddw, bias: bias)
    }

    public static func _lstmStates(
        rows: Int, hidden: Int, gates: UnsafePointer<Float>, previousCell: UnsafePointer<Float>,
        cell: UnsafeMutablePointer<Float>, tanhCell: UnsafeMutablePointer<Float>, output: UnsafeMutablePointer<Float>
    ) {
        LSTMVectorSteps.cell(B: rows, H: hidden, g: gates, cPrev: previousCell, c: cell)
        FloatVectorKernels.tanh(cell, tanhCell, count: rows * hidden)
        LSTMVectorSteps.hidden(B: rows, H: hidden, g: gates, tanhC: tanhCell, h: output)
    }

    public static func _lstmGradients(
        rows: Int, hidden: Int, dOut: UnsafePointer<Float>, gates: UnsafePointer<Float>, d: UnsafeMutablePointer<Float>,
        previousCell: UnsafePointer<Float>, tanhCell: UnsafePointer<Float>,
        dh: UnsafeMutablePointer<Float>, dc: UnsafeMutablePointer<Float>,
        dhts: UnsafeMutablePointer<Float>, dcts: UnsafeMutablePointer<Float>
    ) {
        LSTMVectorSteps.backward(
            B: rows, H: hidden, dOut: dOut, g: gates, d: d, cPrev: previousCell, tanhC: tanhCell,
            dh: dh, dc: dc, dhts: dhts, dcts: dcts)
    }
}
