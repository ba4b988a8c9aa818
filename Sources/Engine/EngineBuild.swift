/// What this build of the engine was compiled for (see Package.swift).
///
/// The instruction set changes only speed, never a bit of a result: Swift
/// does not fuse multiplies and adds on its own, and every sum keeps its
/// order at any vector width.
public enum EngineBuild {
    #if LESSONRUN_X86_64_V3
    /// Whether the engine needs an x86-64-v3 CPU (AVX2, FMA, BMI1/2, F16C, MOVBE, LZCNT).
    public static let requiresX86_64_V3 = true
    /// The widest vector the engine's kernels use, for the benchmark's header.
    public static let vectorUnit = "AVX2, 8 floats"
    #else
    public static let requiresX86_64_V3 = false
    #if arch(x86_64)
    public static let vectorUnit = "SSE2, 4 floats"
    #else
    public static let vectorUnit = "the target's default SIMD"
    #endif
    #endif
}
