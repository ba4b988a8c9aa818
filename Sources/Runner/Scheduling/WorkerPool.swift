import Foundation

/// Runs independent units of work on a fixed number of threads. Each result
/// lands in the slot of its unit, so the output is the same for any number
/// of workers; only the wall time changes.
public struct WorkerPool: Sendable {
    public let workers: Int

    public init(workers: Int) {
        self.workers = max(1, workers)
    }

    /// The number of cores, the default for `--jobs`.
    public static var coreCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `body(i)` for every `i` in `0..<count`, in parallel; results in order.
    public func map<T: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let state = SharedState<T>(count: count)
        let threads = min(workers, count)
        if threads == 1 {
            return (0..<count).map(body)
        }
        let group = DispatchGroup()
        for _ in 0..<threads {
            group.enter()
            let thread = Thread {
                while let index = state.nextIndex() {
                    state.store(body(index), at: index)
                }
                group.leave()
            }
            thread.stackSize = 16 << 20
            thread.start()
        }
        group.wait()
        return state.results()
    }
}

/// The queue of indices and the result slots, behind one lock.
private final class SharedState<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let count: Int
    private var slots: [T?]

    init(count: Int) {
        self.count = count
        slots = Array(repeating: nil, count: count)
    }

    func nextIndex() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ value: T, at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func results() -> [T] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
