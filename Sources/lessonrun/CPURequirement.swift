import CPUCheck

/// The engine is compiled for x86-64-v3 on x86-64 (see Package.swift): on an
/// older CPU its first vector instruction would kill the process with
/// "illegal instruction". The command line asks the CPU first and explains,
/// through C compiled for the baseline CPU, before any engine code runs.
enum CPURequirement {
    /// The message for a CPU that cannot run this build's engine, or nil.
    static func problem() -> String? {
        guard let missing = lessonrun_missing_x86_64_v3_feature() else { return nil }
        return """
            error: this CPU lacks \(String(cString: missing)), and this build of lessonrun's engine \
            needs an x86-64-v3 CPU (AVX2; Intel Haswell or AMD Excavator and later)
            hint: rebuild for any x86-64 CPU with 'LESSONRUN_BASELINE_CPU=1 scripts/build.sh'; \
            the results are the same bits, only slower
            """
    }
}
