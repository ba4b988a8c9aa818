/// The cells' nonlinearities over whole rows: eight lanes at a time for Float
/// (``FloatVectorKernels``, the same bits as the scalar functions), one value
/// at a time for Double.
enum Activations {
    /// σ over `count` values in place.
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func sigmoid<S: EngineScalar>(_ p: UnsafeMutablePointer<S>, count: Int) {
        if S.self == Float.self {
            FloatVectorKernels.sigmoid(floats(p), count: count)
            return
        }
        for i in 0..<count { p[i] = S.sigmoid(p[i]) }
    }

    /// tanh of `count` values from `source` into `destination` (which may be `source`).
    @_specialize(where S == Float)
    @_specialize(where S == Double)
    static func tanh<S: EngineScalar>(_ source: UnsafePointer<S>, _ destination: UnsafeMutablePointer<S>, count: Int) {
        if S.self == Float.self {
            FloatVectorKernels.tanh(floats(source), floats(destination), count: count)
            return
        }
        for i in 0..<count { destination[i] = S.tanh(source[i]) }
    }
}
