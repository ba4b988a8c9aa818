// Float32 exp, log, tanh and sigmoid, the training hot path. Each widens to
// Double, evaluates a short polynomial whose error (≤ 10⁻¹¹ relative) is far
// below a Float ulp (6·10⁻⁸), and rounds once to Float, so results are
// within about half an ulp and the same bits everywhere. No FMA.

@usableFromInline
enum FloatKernels {
    /// eᵈ for |d| ≤ 700 in Double with relative error below 10⁻¹¹:
    /// d = k·ln2 + r, |r| ≤ ln2/2, then Taylor to r⁹ (next term r¹⁰/10! ≤ 7·10⁻¹²).
    @inlinable @inline(__always)
    static func expCore(_ d: Double) -> Double {
        // Adding 1.5·2⁵² rounds d/ln2 to the nearest integer k exactly and
        // leaves k in the low bits, from which 2ᵏ is built.
        let shifted = d * DoubleKernels.invLn2 + 0x1.8p52
        let kd = shifted - 0x1.8p52
        let r = (d - kd * DoubleKernels.ln2Hi) - kd * DoubleKernels.ln2Lo
        let scale = Double(bitPattern: (shifted.bitPattern &+ 1023) << 52)
        // Taylor coefficients 1/n!, evaluated by Estrin's scheme (short
        // dependency chains; the order of operations is fixed all the same).
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

    @inlinable
    static func exp(_ x: Float) -> Float {
        if x.isNaN { return x }
        let d = Double(x)
        if d > 88.8 { return .infinity }  // above log(Float.greatestFiniteMagnitude) ≈ 88.72
        if d < -104 { return 0 }  // e⁻¹⁰⁴ is below half the smallest subnormal
        return Float(expCore(d))
    }

    /// log x = k·ln2 + 2·atanh(s), s = f/(2 + f), for x = 2ᵏ(1 + f) with
    /// 1 + f in [√2/2, √2); s² ≤ 0.0295, so the series to s¹³ is enough.
    @inlinable
    static func log(_ x: Float) -> Float {
        if x.isNaN { return x }
        if x < 0 { return .nan }
        if x == 0 { return -.infinity }
        if x == .infinity { return x }
        let bits = Double(x).bitPattern  // Float subnormals are normal Doubles
        var k = Int(bits >> 52) - 1023
        var m = Double(bitPattern: (bits & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000)
        if m > 1.4142135623730951 { m *= 0.5; k += 1 }
        let f = m - 1
        let s = f / (2 + f)
        let z = s * s
        var p = 0.076923076923076927  // 1/13
        p = 0.090909090909090912 + z * p
        p = 0.11111111111111111 + z * p
        p = 0.14285714285714285 + z * p
        p = 0.2 + z * p
        p = 0.33333333333333331 + z * p
        p = 1 + z * p
        return Float(Double(k) * 0.69314718055994531 + 2 * s * p)
    }

    /// tanh: an odd Taylor polynomial below |x| = 0.25 (no cancellation near
    /// 0), (1 − e⁻²ᵃ)/(1 + e⁻²ᵃ) above, with |x| capped at 20 where tanh
    /// rounds to ±1.
    @inlinable
    static func tanh(_ x: Float) -> Float {
        if x.isNaN { return x }
        let d = Double(x)
        let a = min(abs(d), 20)
        if a < 0.25 {
            let z = d * d
            var p = 3.5921280365724810e-03  // 21844/6081075
            p = -8.8632355299021973e-03 + z * p  // −1382/155925
            p = 2.1869488536155203e-02 + z * p  // 62/2835
            p = -5.3968253968253971e-02 + z * p  // −17/315
            p = 0.13333333333333333 + z * p  // 2/15
            p = -0.33333333333333331 + z * p
            return Float(d + d * (z * p))
        }
        let e = expCore(-2 * a)
        return Float(Double(signOf: d, magnitudeOf: (1 - e) / (1 + e)))
    }

    /// σ(x) = 1/(1 + e⁻ˣ) in Double: no cancellation on either side.
    @inlinable
    static func sigmoid(_ x: Float) -> Float {
        if x.isNaN { return x }
        let d = Double(x)
        if d < -110 { return 0 }  // σ < e⁻¹¹⁰, below the smallest subnormal
        if d > 40 { return 1 }
        return Float(1 / (1 + expCore(-d)))
    }
}
