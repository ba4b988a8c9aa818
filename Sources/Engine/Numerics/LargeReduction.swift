// Reduction of huge arguments by π/2 (Payne–Hanek): for |x| ≥ 2²⁰·π/2 the
// Cody–Waite parts no longer multiply exactly, so x·(2/π) mod 4 is computed
// in integer arithmetic from x's 53-bit significand and a 192-bit window of
// the bits of 2/π, chosen where the window's product is not a multiple of 4.

extension DoubleKernels {
    /// The first 21·64 bits of 2/π after the binary point, most significant
    /// first. Generated with mpmath:
    /// `int(mpmath.floor(2/mpmath.pi * 2**(64*21)))` at 1444 bits of precision.
    static let twoOverPiBits: [UInt64] = [
        0xA2F9_836E_4E44_1529, 0xFC27_57D1_F534_DDC0, 0xDB62_9599_3C43_9041, 0xFE51_63AB_DEBB_C561,
        0xB724_6E3A_424D_D2E0, 0x0649_2EEA_09D1_921C, 0xFE1D_EB1C_B129_A73E, 0xE882_35F5_2EBB_4484,
        0xE99C_7026_B45F_7E41, 0x3991_D639_8353_39F4, 0x9C84_5F8B_BDF9_283B, 0x1FF8_97FF_DE05_980F,
        0xEF2F_118B_5A0A_6D1F, 0x6D36_7ECF_27CB_09B7, 0x4F46_3F66_9E5F_EA2D, 0x7527_BAC7_EBE5_F17B,
        0x3D07_39F7_8A52_92EA, 0x6BFB_5FB1_1F8D_5D08, 0x5603_3046_FC7B_6BAB, 0xF0CF_BC20_9AF4_361D,
        0xA9E3_9161_5EE6_1B08,
    ]

    /// 64 bits of 2/π starting at bit k (k = 1 is the first after the point).
    static func twoOverPiWord(from k: Int) -> UInt64 {
        let j = (k - 1) / 64, s = (k - 1) % 64
        let high = twoOverPiBits[j] << s
        return s == 0 ? high : high | twoOverPiBits[j + 1] >> (64 - s)
    }

    /// 64 bits of a little-endian multiword integer starting at bit `low`.
    static func word(_ p: [UInt64], from low: Int) -> UInt64 {
        let j = low / 64, s = low % 64
        let base = j < p.count ? p[j] >> s : 0
        guard s > 0, j + 1 < p.count else { return base }
        return base | p[j + 1] << (64 - s)
    }

    /// a·b as an unevaluated sum, by Dekker's splitting (no FMA).
    @inlinable
    static func twoProduct(_ a: Double, _ b: Double) -> (Double, Double) {
        func split(_ x: Double) -> (Double, Double) {
            let c = 134_217_729.0 * x  // 2²⁷ + 1
            let high = c - (c - x)
            return (high, x - high)
        }
        let p = a * b
        let (ah, al) = split(a), (bh, bl) = split(b)
        return (p, ((ah * bh - p) + ah * bl + al * bh) + al * bl)
    }

    /// x − n·π/2 as head and tail with n mod 4, for finite |x| ≥ 2²⁰·π/2.
    @usableFromInline
    static func reduceHalfPiLarge(_ x: Double) -> (head: Double, tail: Double, quadrant: Int) {
        let bits = abs(x).bitPattern
        let exponent = Int(bits >> 52) - 1075  // |x| = m·2^exponent, exponent ≥ −32 here
        let m = (bits & 0x000f_ffff_ffff_ffff) | 0x0010_0000_0000_0000
        // Bits k of 2/π with exponent − k ≥ 2 add multiples of 4: skip them.
        let k0 = max(1, exponent - 1)
        let window = [twoOverPiWord(from: k0 + 128), twoOverPiWord(from: k0 + 64), twoOverPiWord(from: k0)]
        var product = [UInt64](repeating: 0, count: 4)  // m·window, little-endian
        var carry: UInt64 = 0
        for i in 0..<3 {
            let (high, low) = m.multipliedFullWidth(by: window[i])
            let (sum, overflow) = low.addingReportingOverflow(carry)
            product[i] = sum
            carry = high &+ (overflow ? 1 : 0)
        }
        product[3] = carry
        // x·2/π ≡ product / 2^q (mod 4), to within 2^(53 − q) ≤ 2⁻¹³⁷.
        let q = k0 + 191 - exponent
        var quadrant = Int(word(product, from: q) & 3)
        var high = word(product, from: q - 64), low = word(product, from: q - 128)
        var negative = false
        if high >> 63 == 1 {  // fraction ≥ ½: take the next quadrant, fraction − 1
            quadrant = (quadrant + 1) & 3
            negative = true
            low = ~low &+ 1
            high = ~high &+ (low == 0 ? 1 : 0)
        }
        // The 128-bit fraction as hi + lo, normalised so that hi has 53 bits.
        let zeros = high == 0 ? 64 + low.leadingZeroBitCount : high.leadingZeroBitCount
        if zeros >= 128 { return (0, 0, x < 0 ? (4 - quadrant) & 3 : quadrant) }
        if zeros >= 64 {
            high = low << (zeros - 64)
            low = 0
        } else if zeros > 0 {
            high = high << zeros | low >> (64 - zeros)
            low = low << zeros
        }
        let a = Double(high >> 11), b = Double((high & 0x7ff) << 42 | low >> 22)
        let hi = a * power2(-53 - zeros), lo = b * power2(-106 - zeros)
        // (hi + lo)·π/2 with π/2 = 1.5707963267948966 + 6.123233995736766e-17.
        let (p, e0) = twoProduct(hi, 1.5707963267948966)
        let e = e0 + (hi * 6.123233995736766e-17 + lo * 1.5707963267948966)
        var y0 = p + e
        var y1 = (p - y0) + e
        if negative != (x < 0) { y0 = -y0; y1 = -y1 }
        return (y0, y1, x < 0 ? (4 - quadrant) & 3 : quadrant)
    }
}
