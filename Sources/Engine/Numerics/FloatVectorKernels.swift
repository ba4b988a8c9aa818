// The Float sigmoid and tanh of FloatKernels, eight lanes at a time: the same
// operations in the same order on each lane, both branches computed and the
// lane's own picked, so every result is bit for bit the scalar function's.
// The engine's cells call these over whole rows of pre-activations.

enum FloatVectorKernels {
    typealias F8 = SIMD8<Float>
    typealias U8 = SIMD8<UInt32>

    /// ``FloatKernels/expNarrow(_:)`` on eight lanes (x in [−87, 88]).
    @inline(__always)
    static func expNarrow(_ x: F8) -> F8 {
        let shifted = x * 1.44269504 + 12582912
        let k = shifted - 12582912
        let r = (x - k * 0.693359375) + k * 2.12194440e-4
        var p = F8(repeating: 1.9875691500e-4)
        p = p * r + 1.3981999507e-3
        p = p * r + 8.3334519073e-3
        p = p * r + 4.1665795894e-2
        p = p * r + 1.6666665459e-1
        p = p * r + 5.0000001201e-1
        let y = (p * (r * r) + r) + 1
        let scale = unsafeBitCast((unsafeBitCast(shifted, to: U8.self) &- 0x4B40_0000 &+ 127) &<< 23, to: F8.self)
        return y * scale
    }

    /// ``FloatKernels/sigmoid(_:)`` on eight lanes.
    @inline(__always)
    static func sigmoid(_ x: F8) -> F8 {
        var t = -x
        t.replace(with: -87, where: t .< -87)
        var y = 1 / (1 + expNarrow(t))
        y.replace(with: 0, where: x .< -87)
        y.replace(with: x, where: x .!= x)
        return y
    }

    /// ``FloatKernels/tanh(_:)`` on eight lanes.
    @inline(__always)
    static func tanh(_ x: F8) -> F8 {
        let bits = unsafeBitCast(x, to: U8.self)
        let a = unsafeBitCast(bits & 0x7FFF_FFFF, to: F8.self)
        let z = a * a
        var p = F8(repeating: -5.70498872745e-3)
        p = p * z + 2.06390887954e-2
        p = p * z - 5.37397155531e-2
        p = p * z + 1.33314422036e-1
        p = p * z - 3.33332819422e-1
        let small = (p * z) * a + a
        var m = a
        m.replace(with: 10, where: m .> 10)
        var y = 1 - 2 / (expNarrow(m + m) + 1)
        y.replace(with: small, where: a .< 0.625)
        y = unsafeBitCast(unsafeBitCast(y, to: U8.self) | (bits & 0x8000_0000), to: F8.self)
        y.replace(with: x, where: x .!= x)
        return y
    }

    /// σ over `count` values in place.
    static func sigmoid(_ p: UnsafeMutablePointer<Float>, count: Int) {
        var i = 0
        while i + 8 <= count {
            let raw = UnsafeMutableRawPointer(p + i)
            raw.storeBytes(of: sigmoid(raw.loadUnaligned(as: F8.self)), as: F8.self)
            i += 8
        }
        while i < count {
            p[i] = FloatKernels.sigmoid(p[i])
            i += 1
        }
    }

    /// tanh of `count` values from `source` into `destination` (which may be `source`).
    static func tanh(_ source: UnsafePointer<Float>, _ destination: UnsafeMutablePointer<Float>, count: Int) {
        var i = 0
        while i + 8 <= count {
            let v = tanh(UnsafeRawPointer(source + i).loadUnaligned(as: F8.self))
            UnsafeMutableRawPointer(destination + i).storeBytes(of: v, as: F8.self)
            i += 8
        }
        while i < count {
            destination[i] = FloatKernels.tanh(source[i])
            i += 1
        }
    }
}
