/// The scalar types the engine computes in: `Float` for training, `Double`
/// for gradient checks and reference comparisons.
///
/// Every transcendental function the engine uses goes through this protocol
/// and is implemented in ``Elementary`` from `+ − × ÷` and comparisons only
/// (no fused multiply-add, which x86 without FMA3 would call into libm for),
/// so results are the same bits on every machine (no libm, whose last bits
/// differ between platforms and versions).
///
/// The underscored requirements are the engine's kernels, one witness per
/// type (`Float+EngineScalar.swift`, `Double+EngineScalar.swift`): Float's
/// are SIMD tiles, Double's the reference loops of ``ReferenceKernels``,
/// and both compute every output with the same operations in the same
/// order. They are public only because protocol requirements must be (as
/// swift-numerics' `_mulAdd`); call the engine's models, not these.
public protocol EngineScalar: BinaryFloatingPoint, Sendable, CustomStringConvertible
where Self.RawSignificand: FixedWidthInteger {
    static func exp(_ x: Self) -> Self
    static func log(_ x: Self) -> Self
    static func tanh(_ x: Self) -> Self
    static func sigmoid(_ x: Self) -> Self
    static func sin(_ x: Self) -> Self
    static func cos(_ x: Self) -> Self
    /// The name used in safetensors headers: `F32` or `F64`.
    static var dtypeName: String { get }

    /// σ over `count` values in place.
    static func _sigmoid(_ p: UnsafeMutablePointer<Self>, count: Int)

    /// tanh of `count` values from `source` into `destination` (which may be `source`).
    static func _tanh(_ source: UnsafePointer<Self>, _ destination: UnsafeMutablePointer<Self>, count: Int)

    /// C[m, n] = (accumulate ? C[m, n] : 0) + Σ_k A[m, k] · B[k, n], k
    /// ascending, then + bias[n] (see ``ReferenceKernels/product``).
    static func _product(
        rows: Int, cols: Int, inner: Int,
        a: UnsafePointer<Self>, lda: Int, b: UnsafePointer<Self>, ldb: Int,
        bias: UnsafePointer<Self>?, c: UnsafeMutablePointer<Self>, ldc: Int, accumulate: Bool)

    /// ``_product(rows:cols:inner:a:lda:b:ldb:bias:c:ldc:accumulate:)``
    /// with B packed in strips of 8 columns (see ``ReferenceKernels/productPacked``).
    static func _productPacked(
        rows: Int, cols: Int, inner: Int, a: UnsafePointer<Self>, lda: Int, packed: UnsafePointer<Self>,
        bias: UnsafePointer<Self>?, c: UnsafeMutablePointer<Self>, ldc: Int, accumulate: Bool)

    /// dW[n, k] += Σ_m D[m, n] · X[m, k] and bias[n] += Σ_m D[m, n], over
    /// `groups` groups of rows visited in ascending or descending order (see
    /// ``ReferenceKernels/weightGradient``).
    static func _weightGradient(
        groups: Int, groupRows: Int, descending: Bool, cols: Int, inner: Int,
        d: UnsafePointer<Self>, ldd: Int, x: UnsafePointer<Self>, ldx: Int,
        dw: UnsafeMutablePointer<Self>, lddw: Int, bias: UnsafeMutablePointer<Self>?)

    /// The plain LSTM's state update from activated gates (i, f, g, o):
    /// c = f ⊙ c₋₁ + i ⊙ g, tanh(c) and h = o ⊙ tanh(c), for `rows` rows.
    static func _lstmStates(
        rows: Int, hidden: Int, gates: UnsafePointer<Self>, previousCell: UnsafePointer<Self>,
        cell: UnsafeMutablePointer<Self>, tanhCell: UnsafeMutablePointer<Self>, output: UnsafeMutablePointer<Self>)

    /// The plain LSTM's backward step, elementwise (see
    /// ``LSTMCell/plainUnits(_:row:H:dOut:g:d:cPrev:tanhC:dh:dc:dhts:dcts:)``).
    static func _lstmGradients(
        rows: Int, hidden: Int, dOut: UnsafePointer<Self>, gates: UnsafePointer<Self>, d: UnsafeMutablePointer<Self>,
        previousCell: UnsafePointer<Self>, tanhCell: UnsafePointer<Self>,
        dh: UnsafeMutablePointer<Self>, dc: UnsafeMutablePointer<Self>,
        dhts: UnsafeMutablePointer<Self>, dcts: UnsafeMutablePointer<Self>)
}
