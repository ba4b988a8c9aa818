// Float32 exp, log, tanh and sigmoid. exp and log widen to Double, evaluate
// a short polynomial whose error (≤ 10⁻¹¹ relative) is far below a Float ulp
// (6·10⁻⁸), and round once to Float, so they are within about half an ulp.
// tanh and sigmoid, the training hot path (six per LSTM unit and step), stay
// in Float so that eight lanes fit a vector (FloatVectorKernels): within
// 2 ulps. The same bits everywhere; no FMA.

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

    /// eˣ for Float x in [−87, 88] (the callers clamp), in Float throughout:
    /// x = k·ln2 + r with ln2 split in two (Cody and Waite), and Cephes'
    /// degree-5 polynomial for (eʳ − 1 − r)/r² on |r| ≤ ln2/2; within about
    /// an ulp. ``FloatVectorKernels`` repeats every operation on 8 lanes.
    @inlinable @inline(__always)
    static func expNarrow(_ x: Float) -> Float {
        // Adding 1.5·2²³ rounds x/ln2 to the nearest integer k exactly and
        // leaves k in the low bits (0x4B40_0000 is the sum's bits for k = 0).
        let shifted = x * 1.44269504 + 12582912
        let k = shifted - 12582912
        let r = (x - k * 0.693359375) + k * 2.12194440e-4
        var p: Float = 1.9875691500e-4
        p = p * r + 1.3981999507e-3
        p = p * r + 8.3334519073e-3
        p = p * r + 4.1665795894e-2
        p = p * r + 1.6666665459e-1
        p = p * r + 5.0000001201e-1
        let y = (p * (r * r) + r) + 1
        let scale = Float(bitPattern: (shifted.bitPattern &- 0x4B40_0000 &+ 127) << 23)
        return y * scale
    }

    /// tanh in Float: below |x| = 0.625 Cephes' odd polynomial, above it
    /// 1 − 2/(e²ᵃ + 1) with a = |x| capped at 10 (where tanh rounds to 1);
    /// then the sign of x. Within 2 ulps.
    @inlinable
    static func tanh(_ x: Float) -> Float {
        if x.isNaN { return x }
        let a = Float(bitPattern: x.bitPattern & 0x7FFF_FFFF)
        var y: Float
        if a < 0.625 {
            let z = a * a
            var p: Float = -5.70498872745e-3
            p = p * z + 2.06390887954e-2
            p = p * z - 5.37397155531e-2
            p = p * z + 1.33314422036e-1
            p = p * z - 3.33332819422e-1
            y = (p * z) * a + a
        } else {
            var m = a
            if m > 10 { m = 10 }
            y = 1 - 2 / (expNarrow(m + m) + 1)
        }
        return Float(bitPattern: y.bitPattern | (x.bitPattern & 0x8000_0000))
    }

    /// σ(x) = 1/(1 + e⁻ˣ) in Float, within 2 ulps. Below x = −87 σ is under
    /// Float's smallest normal number (1.2·10⁻³⁸) and is returned as 0;
    /// from x = 87 up it rounds to 1 (it does from x ≈ 17).
    @inlinable
    static func sigmoid(_ x: Float) -> Float {
        if x.isNaN { return x }
        if x < -87 { return 0 }
        var t = -x
        if t < -87 { t = -87 }
        return 1 / (1 + expNarrow(t))
    }
}
