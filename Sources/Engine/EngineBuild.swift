/// What this build of the engine was compiled for (see Package.swift).
///
/// The instruction set changes only speed, never a bit of a result: Swift
/// does not fuse multiplies and adds on its own, and every sum keeps its
/// order at any vector width.
public enum EngineBuild {
    #if LESSONRUN_X86_64_V3
    /// The widest vector the engine's kernels use, for the benchmark's header.
    public static let vectorUnit = "AVX2, 8 floats"
    #else
    #if arch(x86_64)
    public static let vectorUnit = "SSE2, 4 floats"
    #else
    public static let vectorUnit = "the target's default SIMD"
    #endif
    #endif
}
