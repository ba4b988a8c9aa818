#if canImport(Glibc)
import Glibc
#endif

/// Process-wide allocator settings for training (build, verify, serve, bench).
///
/// The engine allocates its per-pass buffers (megabytes each) afresh on
/// every training step. glibc serves blocks above 128 KiB with mmap and
/// returns them with munmap, so every step pays page faults and the kernel's
/// zeroing for memory it just gave back — a third of a small LSTM's step.
/// Serving them from the heap and keeping freed memory lets the next step
/// reuse the same pages; peak memory stays what one step needs.
enum Allocator {
    /// Keeps large freed blocks in the process for reuse (glibc; elsewhere nothing).
    static func keepFreedMemory() {
        #if canImport(Glibc)
        // malloc.h is not in the Glibc module: look mallopt up by name.
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
        let trimThreshold: Int32 = -1, mmapThreshold: Int32 = -3  // M_TRIM_THRESHOLD, M_MMAP_THRESHOLD
        _ = mallopt(mmapThreshold, 1 << 30)
        _ = mallopt(trimThreshold, Int32.max)
        #endif
    }
}
