// The Float sigmoid and tanh of FloatKernels, four lanes at a time: the same
// operations in the same order on each lane (widen to Double, the same
// polynomial, round once), both branches computed and the lane's own picked,
// so every result is bit for bit the scalar function's. The engine's cells
// call these over whole rows of pre-activations.

enum FloatVectorKernels {
    typealias F4 = SIMD4<Float>
    typealias D4 = SIMD4<Double>

    // DoubleKernels' constants, as literals so that they fold into the
    // loop without whole-module optimisation.
    static let invLn2: Double = 1.44269504088896338700e+00
    static let ln2Hi: Double = 6.93147180369123816490e-01
    static let ln2Lo: Double = 1.90821492927058770002e-10

    /// ``FloatKernels/expCore(_:)`` on four lanes.
    @inline(__always)
    static func expCore(_ d: D4) -> D4 {
        let shifted = d * 1.44269504088896338700e+00 + 0x1.8p52
        let kd = shifted - 0x1.8p52
        let r = (d - kd * 6.93147180369123816490e-01) - kd * 1.90821492927058770002e-10
        let bits = unsafeBitCast(shifted, to: SIMD4<UInt64>.self)
        let scale = unsafeBitCast((bits &+ 1023) &<< 52, to: D4.self)
        let r2 = r * r
        let r4 = r2 * r2
        let p01 = 1 + r
        let p23 = 0.5 + r * 1.6666666666666666e-01
        let p45 = 4.1666666666666664e-02 + r * 8.3333333333333332e-03
        let p67 = 1.3888888888888889e-03 + r * 1.9841269841269841e-04
        let p89 = 2.4801587301587302e-05 + r * 2.7557319223985893e-06
        let low = p01 + r2 * p23
        let high = (p45 + r2 * p67) + r4 * p89
        return (low + r4 * high) * scale
    }

    @inline(__always)
    static func widen(_ x: F4) -> D4 {
        D4(Double(x[0]), Double(x[1]), Double(x[2]), Double(x[3]))
    }

    @inline(__always)
    static func narrow(_ d: D4) -> F4 {
        F4(Float(d[0]), Float(d[1]), Float(d[2]), Float(d[3]))
    }

    /// ``FloatKernels/sigmoid(_:)`` on four lanes.
    @inline(__always)
    static func sigmoid(_ x: F4) -> F4 {
        let d = widen(x)
        // In range the clamp changes nothing; out of range the lane is replaced below.
        var inRange = d
        inRange.replace(with: -110, where: d .< -110)
        inRange.replace(with: 40, where: d .> 40)
        var wide = 1 / (1 + expCore(-inRange))
        wide.replace(with: 0, where: d .< -110)
        wide.replace(with: 1, where: d .> 40)
        var y = narrow(wide)
        y.replace(with: x, where: x .!= x)
        return y
    }

    /// ``FloatKernels/tanh(_:)`` on four lanes.
    @inline(__always)
    static func tanh(_ x: F4) -> F4 {
        let d = widen(x)
        let signBits = unsafeBitCast(d, to: SIMD4<UInt64>.self) & 0x8000_0000_0000_0000
        var a = unsafeBitCast(unsafeBitCast(d, to: SIMD4<UInt64>.self) & 0x7fff_ffff_ffff_ffff, to: D4.self)
        a.replace(with: 20, where: 20 .< a)  // min(|d|, 20), as Swift's min
        // Below 0.25: the odd polynomial.
        let z = d * d
        var p: D4 = D4(repeating: 3.5921280365724810e-03)
        p = -8.8632355299021973e-03 + z * p
        p = 2.1869488536155203e-02 + z * p
        p = -5.3968253968253971e-02 + z * p
        p = 0.13333333333333333 + z * p
        p = -0.33333333333333331 + z * p
        let small = d + d * (z * p)
        // From 0.25: (1 − e⁻²ᵃ)/(1 + e⁻²ᵃ) with the sign of d.
        let e = expCore(-2 * a)
        let magnitude = (1 - e) / (1 + e)
        let large = unsafeBitCast(unsafeBitCast(magnitude, to: SIMD4<UInt64>.self) | signBits, to: D4.self)
        var wide = large
        wide.replace(with: small, where: a .< 0.25)
        var y = narrow(wide)
        y.replace(with: x, where: x .!= x)
        return y
    }

    /// σ over `count` values in place.
    static func sigmoid(_ p: UnsafeMutablePointer<Float>, count: Int) {
        var i = 0
        while i + 4 <= count {
            let raw = UnsafeMutableRawPointer(p + i)
            raw.storeBytes(of: sigmoid(raw.loadUnaligned(as: F4.self)), as: F4.self)
            i += 4
        }
        while i < count {
            p[i] = FloatKernels.sigmoid(p[i])
            i += 1
        }
    }

    /// tanh of `count` values from `source` into `destination` (which may be `source`).
    static func tanh(_ source: UnsafePointer<Float>, _ destination: UnsafeMutablePointer<Float>, count: Int) {
        var i = 0
        while i + 4 <= count {
            let v = tanh(UnsafeRawPointer(source + i).loadUnaligned(as: F4.self))
            UnsafeMutableRawPointer(destination + i).storeBytes(of: v, as: F4.self)
            i += 4
        }
        while i < count {
            destination[i] = FloatKernels.tanh(source[i])
            i += 1
        }
    }
}
