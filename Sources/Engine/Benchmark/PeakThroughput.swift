/// One core's peak arithmetic rate, measured, so that a benchmark row reads
/// as a fraction of what the core can do.
///
/// The loop runs twelve independent chains of `a · m + c` over SIMD8<Float>
/// — enough chains to hide the latency of the multiply and the add — as the
/// engine's products do: a separate multiply and add (the engine never
/// fuses them, so that results do not depend on the CPU), with the vector
/// unit of this build (``EngineBuild/vectorUnit``: one AVX2 register per
/// SIMD8, or two SSE registers on a baseline x86-64 build).
public enum PeakThroughput {
    /// Giga-flops per second of the loop on the calling thread (best of `repetitions`).
    public static func measure(iterations: Int = 20_000_000, repetitions: Int = 3) -> Double {
        let clock = ContinuousClock()
        var best = 0.0
        var sink: Float = 0
        for _ in 0..<max(1, repetitions) {
            // Inputs the optimiser cannot see through, and the clock read
            // inside the function, so the loop really runs between the reads.
            let (sum, seconds) = chains(iterations, multiplier: opaque(0.999_999), addend: opaque(1e-6), clock: clock)
            sink += sum
            // 12 chains × 8 lanes × 2 flops per iteration.
            if seconds > 0 { best = max(best, Double(iterations) * 192 / seconds / 1e9) }
        }
        // The sum keeps the loop from being optimised away.
        return sink.isNaN ? 0 : best
    }

    @inline(never)
    static func opaque(_ x: Float) -> Float { x }

    @inline(never)
    static func chains(_ n: Int, multiplier: Float, addend: Float, clock: ContinuousClock) -> (Float, Double) {
        let start = clock.now
        let m = SIMD8<Float>(repeating: multiplier)
        let c = SIMD8<Float>(repeating: addend)
        var a0 = SIMD8<Float>(repeating: 1), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0
        var a6 = a0, a7 = a0, a8 = a0, a9 = a0, a10 = a0, a11 = a0
        for _ in 0..<n {
            a0 = a0 * m + c; a1 = a1 * m + c; a2 = a2 * m + c; a3 = a3 * m + c
            a4 = a4 * m + c; a5 = a5 * m + c; a6 = a6 * m + c; a7 = a7 * m + c
            a8 = a8 * m + c; a9 = a9 * m + c; a10 = a10 * m + c; a11 = a11 * m + c
        }
        let s = ((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7)) + ((a8 + a9) + (a10 + a11))
        let sum = s.sum()
        return (sum, (clock.now - start).seconds)
    }
}
