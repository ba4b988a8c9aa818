// Double-precision sin and cos after fdlibm and FreeBSD msun (Sun
// Microsystems, 1993, freely redistributable with this notice): reduction by
// π/2 in three Cody–Waite parts of 33 bits (each n·part exact for n < 2²⁰;
// larger arguments in LargeReduction.swift), then polynomial kernels on [−π/4, π/4] that take the reduced argument as
// a head and a tail. Plain + − × ÷ only.

extension DoubleKernels {
    /// sin(x + y) for |x| ≤ π/4, y the tail of x (|y| < ulp(x)/2).
    @inlinable
    static func sinKernel(_ x: Double, _ y: Double, hasTail: Bool) -> Double {
        let z = x * x
        let w = z * z
        let r = 8.33333333332248946124e-03 + z * (-1.98412698298579493134e-04 + z * 2.75573137070700676789e-06)
            + z * w * (-2.50507602534068634195e-08 + z * 1.58969099521155010221e-10)
        let v = z * x
        let s1 = -1.66666666666666324348e-01
        if !hasTail { return x + v * (s1 + z * r) }
        return x - ((z * (0.5 * y - v * r) - y) - v * s1)
    }

    /// cos(x + y) for |x| ≤ π/4, y the tail of x.
    @inlinable
    static func cosKernel(_ x: Double, _ y: Double) -> Double {
        let z = x * x
        let w = z * z
        let r = z * (4.16666666666666019037e-02 + z * (-1.38888888888741095749e-03 + z * 2.48015872894767294178e-05))
            + w * w * (-2.75573143513906633035e-07 + z * (2.08757232129817482790e-09 + z * -1.13596475577881948265e-11))
        let hz = 0.5 * z
        let v = 1 - hz
        return v + (((1 - v) - hz) + (z * r - x * y))
    }

    /// x − n·π/2 as a head and tail, with n mod 4.
    ///
    /// Cody–Waite for |x| < 2²⁰·π/2 ≈ 1.6·10⁶, where n·pio2_1 is exact
    /// (about 118 bits); Payne–Hanek (`reduceHalfPiLarge`) beyond.
    @inlinable
    static func reduceHalfPi(_ x: Double) -> (head: Double, tail: Double, quadrant: Int) {
        if highWord(x) > 0x4139_21fb { return reduceHalfPiLarge(x) }
        let pio2_1 = 1.57079632673412561417e+00, pio2_1t = 6.07710050650619224932e-11
        let pio2_2 = 6.07710050630396597660e-11, pio2_2t = 2.02226624879595063154e-21
        let pio2_3 = 2.02226624871116645580e-21, pio2_3t = 8.47842766036889956997e-32
        let t = abs(x)
        let fn = (t * 6.36619772367581382433e-01 + 0.5).rounded(.down)
        var r = t - fn * pio2_1
        var w = fn * pio2_1t
        var y0 = r - w
        let j = Int(highWord(t) >> 20)
        if j - Int((highWord(y0) >> 20) & 0x7ff) > 16 {  // cancellation: a second part
            var u = r
            w = fn * pio2_2
            r = u - w
            w = fn * pio2_2t - ((u - r) - w)
            y0 = r - w
            if j - Int((highWord(y0) >> 20) & 0x7ff) > 49 {  // and a third
                u = r
                w = fn * pio2_3
                r = u - w
                w = fn * pio2_3t - ((u - r) - w)
                y0 = r - w
            }
        }
        let y1 = (r - y0) - w
        let quadrant = Int(fn) & 3
        return x < 0 ? (-y0, -y1, (4 - quadrant) & 3) : (y0, y1, quadrant)
    }

    @inlinable
    static func sin(_ x: Double) -> Double {
        let ix = highWord(x)
        if ix <= 0x3fe9_21fb {  // |x| ≤ π/4
            return ix < 0x3e40_0000 ? x : sinKernel(x, 0, hasTail: false)  // |x| < 2⁻²⁷: sin x = x
        }
        if !x.isFinite { return x - x }
        let (y0, y1, n) = reduceHalfPi(x)
        switch n {
        case 0: return sinKernel(y0, y1, hasTail: true)
        case 1: return cosKernel(y0, y1)
        case 2: return -sinKernel(y0, y1, hasTail: true)
        default: return -cosKernel(y0, y1)
        }
    }

    @inlinable
    static func cos(_ x: Double) -> Double {
        let ix = highWord(x)
        if ix <= 0x3fe9_21fb {
            return ix < 0x3e46_a09e ? 1 : cosKernel(x, 0)  // |x| < 2⁻²⁷·√2: cos x = 1 to rounding
        }
        if !x.isFinite { return x - x }
        let (y0, y1, n) = reduceHalfPi(x)
        switch n {
        case 0: return cosKernel(y0, y1)
        case 1: return -sinKernel(y0, y1, hasTail: true)
        case 2: return -cosKernel(y0, y1)
        default: return sinKernel(y0, y1, hasTail: true)
        }
    }
}
