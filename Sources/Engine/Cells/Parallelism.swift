import Dispatch

/// How many threads the engine's products may use, set for a scope:
///
///     try EngineThreads.$count.withValue(2) { try Trainer.train(…) }
///
/// The products split their independent outputs (column strips of a
/// product, rows of a weight gradient) between the threads; every output is
/// still one sum in one fixed order computed by one thread, so results are
/// the same bits at any thread count. Small products stay on the calling
/// thread, where waking another would cost more than it saves.
public enum EngineThreads {
    /// The threads for products started in this task (1: the calling thread only).
    @TaskLocal public static var count = 1

    /// Below this many multiply-adds a product is not split.
    static let minimumWork = 1 << 15

    /// Runs `body(part, parts)` for every part of `parts` parts, on up to
    /// ``count`` threads, when `work` is large enough; otherwise once on
    /// the calling thread with one part.
    static func split(work: Int, maxParts: Int, _ body: (Int, Int) -> Void) {
        let parts = min(count, maxParts)
        guard parts > 1, work >= minimumWork else {
            body(0, 1)
            return
        }
        withoutActuallyEscaping(body) { escapable in
            let box = UncheckedBox(escapable)
            DispatchQueue.concurrentPerform(iterations: parts) { part in box.value(part, parts) }
        }
    }
}

/// Hands a closure over raw buffers to worker threads: the parts write
/// disjoint outputs, which is what makes it safe.
private struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
