// Double-precision exp, expm1 and log after fdlibm (Sun Microsystems, 1993:
// "Permission to use, copy, modify, and distribute this software is freely
// granted, provided that this notice is preserved"), whose algorithms and
// coefficients are reproduced here in Swift. Plain + − × ÷ only: no FMA, so
// every platform computes the same bits. Errors below 1 ulp.

@usableFromInline
enum DoubleKernels {
    /// 2ⁿ for n in −1022…1023, built from its bits.
    @inlinable @inline(__always)
    static func power2(_ n: Int) -> Double {
        Double(bitPattern: UInt64(truncatingIfNeeded: n + 1023) << 52)
    }

    /// y·2ᵏ with one rounding, even when the result is subnormal: the first
    /// product is exact, so only the second rounds.
    @inlinable @inline(__always)
    static func scale(_ y: Double, _ k: Int) -> Double {
        if k >= -1022 && k <= 1023 { return y * power2(k) }
        let half = k / 2
        return y * power2(half) * power2(k - half)
    }

    /// The high 32 bits of |x|, as fdlibm compares them.
    @inlinable @inline(__always)
    static func highWord(_ x: Double) -> UInt32 {
        UInt32(truncatingIfNeeded: x.bitPattern >> 32) & 0x7fff_ffff
    }

    // Constants as computed properties fold into the inlined code.
    @inlinable static var ln2Hi: Double { 6.93147180369123816490e-01 }  // 0x3fe62e42 fee00000
    @inlinable static var ln2Lo: Double { 1.90821492927058770002e-10 }  // 0x3dea39ef 35793c76
    @inlinable static var invLn2: Double { 1.44269504088896338700e+00 }

    /// eˣ: x = k·ln2 + r with |r| ≤ ln2/2 (Cody–Waite: k·ln2Hi is exact),
    /// then a rational approximation of eʳ on that interval.
    @inlinable
    static func exp(_ x: Double) -> Double {
        if x.isNaN { return x + x }
        if x > 7.09782712893383973096e+02 { return .infinity }
        if x < -7.45133219101941108420e+02 { return 0 }
        let hx = highWord(x)
        var k = 0
        var hi = 0.0, lo = 0.0, r = x
        if hx > 0x3fd6_2e42 {  // |x| > ln2/2
            (k, hi, lo) = reduced(x, highWord: hx)
            r = hi - lo
        } else if hx < 0x3e30_0000 {  // |x| < 2⁻²⁸
            return 1 + x
        }
        let t = r * r
        let c = r - t * (1.66666666666666019037e-01 + t * (-2.77777777770155933842e-03
            + t * (6.61375632143793436117e-05 + t * (-1.65339022054652515390e-06
            + t * 4.13813679705723846039e-08))))
        if k == 0 { return 1 - ((r * c) / (c - 2.0) - r) }
        let y = 1 - ((lo - (r * c) / (2.0 - c)) - hi)
        return scale(y, k)
    }

    /// x = k·ln 2 + (hi − lo) for |x| > ln2/2, with ln 2 split in two parts so that hi − lo
    /// keeps the bits a single product would lose (fdlibm's argument reduction).
    @inlinable
    static func reduced(_ x: Double, highWord hx: UInt32) -> (k: Int, hi: Double, lo: Double) {
        if hx < 0x3ff0_a2b2 {  // |x| < 1.5·ln2
            return x >= 0 ? (1, x - ln2Hi, ln2Lo) : (-1, x + ln2Hi, -ln2Lo)
        }
        let k = Int(invLn2 * x + (x >= 0 ? 0.5 : -0.5))
        let t = Double(k)
        return (k, x - t * ln2Hi, t * ln2Lo)
    }

    /// eˣ − 1 without cancellation near 0, for |x| < 709 (tanh uses it).
    @inlinable
    static func expm1(_ x: Double) -> Double {
        let hx = highWord(x)
        var k = 0
        var r = x, c = 0.0
        if hx > 0x3fd6_2e42 {  // |x| > ln2/2
            let (kk, hi, lo) = reduced(x, highWord: hx)
            k = kk
            r = hi - lo
            c = (hi - r) - lo
        } else if hx < 0x3c90_0000 {  // |x| < 2⁻⁵⁴
            return x
        }
        let hfx = 0.5 * r
        let hxs = r * hfx
        let r1 = 1 + hxs * (-3.33333333333331316428e-02 + hxs * (1.58730158725481460165e-03
            + hxs * (-7.93650757867487942473e-05 + hxs * (4.00821782732936239552e-06
            + hxs * -2.01099218183624371326e-07))))
        let t = 3.0 - r1 * hfx
        var e = hxs * ((r1 - t) / (6.0 - r * t))
        if k == 0 { return r - (r * e - hxs) }
        e = r * (e - c) - c
        e -= hxs
        if k == -1 { return 0.5 * (r - e) - 0.5 }
        if k == 1 { return r < -0.25 ? -2.0 * (e - (r + 0.5)) : 1 + 2.0 * (r - e) }
        if k <= -2 || k > 56 { return scale(1 - (e - r), k) - 1 }
        if k < 20 { return (1 - power2(-k) - (e - r)) * power2(k) }
        return (r - (e + power2(-k)) + 1) * power2(k)
    }

    /// log x: x = 2ᵏ·(1 + f) with 1 + f in [√2/2, √2), then
    /// log(1 + f) = f − s·(f − R) with s = f/(2 + f), R a polynomial in s².
    @inlinable
    static func log(_ x: Double) -> Double {
        if x.isNaN { return x + x }
        if x < 0 { return .nan }
        if x == 0 { return -.infinity }
        if x == .infinity { return x }
        var bits = x.bitPattern
        var k = 0
        if bits < 0x0010_0000_0000_0000 {  // subnormal: scale into the normal range
            bits = (x * 0x1p54).bitPattern
            k = -54
        }
        var hx = UInt32(truncatingIfNeeded: bits >> 32)
        let low = bits & 0xffff_ffff
        k += Int(hx >> 20) - 1023
        hx &= 0x000f_ffff
        let i = (hx &+ 0x95f64) & 0x10_0000
        // Normalise the significand to [1, 2) or, above √2, to [0.5, 1).
        let normalised = Double(bitPattern: UInt64(hx | (i ^ 0x3ff0_0000)) << 32 | low)
        k += Int(i >> 20)
        let f = normalised - 1
        let dk = Double(k)
        if (0x000f_ffff & (2 &+ hx)) < 3 {  // −2⁻²⁰ ≤ f < 2⁻²⁰
            if f == 0 { return k == 0 ? 0 : dk * ln2Hi + dk * ln2Lo }
            let r = f * f * (0.5 - 0.33333333333333333 * f)
            return k == 0 ? f - r : dk * ln2Hi - ((r - dk * ln2Lo) - f)
        }
        let s = f / (2.0 + f)
        let z = s * s
        let w = z * z
        let t1 = w * (3.999999999940941908e-01 + w * (2.222219843214978396e-01 + w * 1.531383769920937332e-01))
        let t2 = z * (6.666666666666735130e-01 + w * (2.857142874366239149e-01
            + w * (1.818357216161805012e-01 + w * 1.479819860511658591e-01)))
        let r = t2 + t1
        let ii = Int32(bitPattern: hx &- 0x6147a) | Int32(bitPattern: 0x6b851 &- hx)
        if ii > 0 {
            let hfsq = 0.5 * f * f
            return k == 0 ? f - (hfsq - s * (hfsq + r)) : dk * ln2Hi - ((hfsq - (s * (hfsq + r) + dk * ln2Lo)) - f)
        }
        return k == 0 ? f - s * (f - r) : dk * ln2Hi - ((s * (f - r) - dk * ln2Lo) - f)
    }
}
