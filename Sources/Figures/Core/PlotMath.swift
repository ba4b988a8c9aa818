/// Elementary functions built from + − × ÷ only.
///
/// The figures library does not import Foundation, and its output must be the same
/// bytes on every platform, so it cannot lean on the system `libm`. These are accurate
/// to a few ulps, far more than a pixel needs.
enum PlotMath {
    static let ln2 = 0.693_147_180_559_945_309_417_232_121_458_18
    static let ln10 = 2.302_585_092_994_045_684_017_991_454_684_36

    /// Natural logarithm of a positive finite number (NaN otherwise).
    static func ln(_ x: Double) -> Double {
        guard x > 0, x.isFinite else { return x == 0 ? -.infinity : (x.isNaN || x < 0 ? .nan : .infinity) }
        // x = m · 2^e with m in [1, 2); ln m = 2·atanh((m − 1)/(m + 1)) converges fast.
        var m = x.significand
        var e = Double(x.exponent)
        if m > 1.414_213_562_373_095 { m /= 2; e += 1 }
        let s = (m - 1) / (m + 1)
        let s2 = s * s
        var term = s
        var sum = 0.0
        var k = 1.0
        while k < 60 {
            sum += term / k
            term *= s2
            k += 2
            if term < 1e-20 { break }
        }
        return 2 * sum + e * ln2
    }

    /// Base-10 logarithm.
    static func log10(_ x: Double) -> Double { ln(x) / ln10 }

    /// e^x, saturating to 0 and +∞.
    static func exp(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x > 709 { return .infinity }
        if x < -745 { return 0 }
        let k = (x / ln2).rounded()
        let r = x - k * ln2
        var term = 1.0
        var sum = 1.0
        for n in 1...25 {
            term *= r / Double(n)
            sum += term
        }
        return scale(sum, byPowerOfTwo: Int(k))
    }

    static func tanh(_ x: Double) -> Double {
        if x > 20 { return 1 }
        if x < -20 { return -1 }
        let e2 = exp(2 * x)
        return (e2 - 1) / (e2 + 1)
    }

    static func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

    /// 10^n as the nearest double for |n| ≤ 22 (exact powers, one correctly rounded division).
    static func pow10(_ n: Int) -> Double {
        if n >= 0 {
            var p = 1.0
            for _ in 0..<min(n, 308) { p *= 10 }
            return p
        }
        if n >= -22 { return 1 / pow10(-n) }
        var p = 1.0
        for _ in 0..<min(-n, 330) { p /= 10 }
        return p
    }

    /// ⌊log10 x⌋ for a positive finite x, exact at powers of ten.
    static func floorLog10(_ x: Double) -> Int {
        var n = Int((log10(x)).rounded(.down))
        while pow10(n) > x { n -= 1 }
        while pow10(n + 1) <= x { n += 1 }
        return n
    }

    private static func scale(_ x: Double, byPowerOfTwo k: Int) -> Double {
        var result = x
        var remaining = k
        while remaining > 1000 { result *= Double(sign: .plus, exponent: 1000, significand: 1); remaining -= 1000 }
        while remaining < -1000 { result *= Double(sign: .plus, exponent: -1000, significand: 1); remaining += 1000 }
        return result * Double(sign: .plus, exponent: remaining, significand: 1)
    }
}
