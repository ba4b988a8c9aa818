/// The engine's transcendental functions, the same bits on every machine.
///
/// Built from `+ − × ÷` and comparisons only (no libm, whose last bits
/// differ between platforms and versions, and no fused multiply-add, which
/// some targets would emulate slowly): Double versions follow fdlibm (error
/// below 1 ulp), Float versions widen to Double, evaluate short polynomials
/// and round once (error about half an ulp). Special values follow IEEE
/// libm: NaN gives NaN, `exp` overflows to +∞ and underflows to 0,
/// `log(0) = −∞`, `log` of a negative number is NaN, `tanh(±∞) = ±1`,
/// `sigmoid(−∞) = 0`, `sin`/`cos` of ±∞ are NaN. `sin` and `cos` reduce
/// any finite argument exactly enough (Payne–Hanek beyond 1.6·10⁶).
///
/// Changing any of these changes results: bump the engine version with it.
public enum Elementary {
    /// eˣ.
    @inlinable public static func exp(_ x: Double) -> Double { DoubleKernels.exp(x) }
    /// The natural logarithm.
    @inlinable public static func log(_ x: Double) -> Double { DoubleKernels.log(x) }
    /// eˣ − 1, accurate near 0.
    @inlinable public static func expm1(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x > 709 { return exp(x) }
        if x < -40 { return -1 }  // e⁻⁴⁰ is below half an ulp of 1
        return DoubleKernels.expm1(x)
    }

    /// The hyperbolic tangent, from `expm1` (fdlibm's method): no
    /// cancellation near 0 and ±1 beyond |x| = 22.
    @inlinable public static func tanh(_ x: Double) -> Double {
        if x.isNaN { return x }
        let a = abs(x)
        let t: Double
        if a < 0x1p-28 {
            return x
        } else if a >= 22 {
            t = 1
        } else if a >= 1 {
            t = 1 - 2 / (DoubleKernels.expm1(2 * a) + 2)
        } else {
            let e = DoubleKernels.expm1(-2 * a)
            t = -e / (e + 2)
        }
        return x < 0 ? -t : t
    }

    /// The logistic function 1/(1 + e⁻ˣ), computed as eˣ/(1 + eˣ) for
    /// negative x so that it keeps its relative accuracy down to underflow.
    @inlinable public static func sigmoid(_ x: Double) -> Double {
        if x >= 0 { return 1 / (1 + DoubleKernels.exp(-x)) }
        let e = DoubleKernels.exp(x)  // NaN falls through to here and stays NaN
        return e / (1 + e)
    }

    /// The sine of x radians.
    @inlinable public static func sin(_ x: Double) -> Double { DoubleKernels.sin(x) }
    /// The cosine of x radians.
    @inlinable public static func cos(_ x: Double) -> Double { DoubleKernels.cos(x) }

    /// eˣ.
    @inlinable public static func exp(_ x: Float) -> Float { FloatKernels.exp(x) }
    /// The natural logarithm.
    @inlinable public static func log(_ x: Float) -> Float { FloatKernels.log(x) }
    /// The hyperbolic tangent.
    @inlinable public static func tanh(_ x: Float) -> Float { FloatKernels.tanh(x) }
    /// The logistic function 1/(1 + e⁻ˣ).
    @inlinable public static func sigmoid(_ x: Float) -> Float { FloatKernels.sigmoid(x) }
    /// The sine, computed in Double and rounded once.
    @inlinable public static func sin(_ x: Float) -> Float { Float(DoubleKernels.sin(Double(x))) }
    /// The cosine, computed in Double and rounded once.
    @inlinable public static func cos(_ x: Float) -> Float { Float(DoubleKernels.cos(Double(x))) }
}
