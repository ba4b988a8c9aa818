// Several arrays' storage opened together for one scope, so that a pass
// opens its buffers in one call and hands their base addresses to a handle
// (``LSTMForwardPass``, ``GRUBackwardPass``, …) instead of nesting one
// closure per array around its loop. The addresses are valid only inside
// `body`. Empty arrays give an aligned address that must not be read.

/// The base addresses of three arrays, for reading, inside `body`.
@inline(__always)
func withBaseAddresses<S, R>(
    _ a: [S], _ b: [S], _ c: [S],
    _ body: (UnsafePointer<S>, UnsafePointer<S>, UnsafePointer<S>) -> R
) -> R {
    a.withUnsafeBufferPointer { pa in
        b.withUnsafeBufferPointer { pb in
            c.withUnsafeBufferPointer { pc in body(pa.base, pb.base, pc.base) }
        }
    }
}

/// The base addresses of four arrays, for reading, inside `body`.
@inline(__always)
func withBaseAddresses<S, R>(
    _ a: [S], _ b: [S], _ c: [S], _ d: [S],
    _ body: (UnsafePointer<S>, UnsafePointer<S>, UnsafePointer<S>, UnsafePointer<S>) -> R
) -> R {
    a.withUnsafeBufferPointer { pa in
        withBaseAddresses(b, c, d) { pb, pc, pd in body(pa.base, pb, pc, pd) }
    }
}

/// The base addresses of six arrays, for reading, inside `body`.
@inline(__always)
func withBaseAddresses<S, R>(
    _ a: [S], _ b: [S], _ c: [S], _ d: [S], _ e: [S], _ f: [S],
    _ body: (UnsafePointer<S>, UnsafePointer<S>, UnsafePointer<S>, UnsafePointer<S>, UnsafePointer<S>, UnsafePointer<S>) -> R
) -> R {
    withBaseAddresses(a, b, c) { pa, pb, pc in
        withBaseAddresses(d, e, f) { pd, pe, pf in body(pa, pb, pc, pd, pe, pf) }
    }
}

/// The base addresses of two arrays, for writing, inside `body`.
@inline(__always)
func withMutableBaseAddresses<S, R>(
    _ a: inout [S], _ b: inout [S],
    _ body: (UnsafeMutablePointer<S>, UnsafeMutablePointer<S>) -> R
) -> R {
    a.withUnsafeMutableBufferPointer { pa in
        b.withUnsafeMutableBufferPointer { pb in body(pa.base, pb.base) }
    }
}

/// The base addresses of three arrays, for writing, inside `body`.
@inline(__always)
func withMutableBaseAddresses<S, R>(
    _ a: inout [S], _ b: inout [S], _ c: inout [S],
    _ body: (UnsafeMutablePointer<S>, UnsafeMutablePointer<S>, UnsafeMutablePointer<S>) -> R
) -> R {
    a.withUnsafeMutableBufferPointer { pa in
        withMutableBaseAddresses(&b, &c) { pb, pc in body(pa.base, pb, pc) }
    }
}

/// The base addresses of four arrays, for writing, inside `body`.
@inline(__always)
func withMutableBaseAddresses<S, R>(
    _ a: inout [S], _ b: inout [S], _ c: inout [S], _ d: inout [S],
    _ body: (UnsafeMutablePointer<S>, UnsafeMutablePointer<S>, UnsafeMutablePointer<S>, UnsafeMutablePointer<S>) -> R
) -> R {
    withMutableBaseAddresses(&a, &b) { pa, pb in
        withMutableBaseAddresses(&c, &d) { pc, pd in body(pa, pb, pc, pd) }
    }
}
