import Foundation
import Synchronization

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

/// The queue of indices and the result slots, behind one mutex.
private final class SharedState<T: Sendable>: Sendable {
    private struct Queue {
        var next = 0
        var slots: [T?]
    }

    private let queue: Mutex<Queue>

    init(count: Int) {
        queue = Mutex(Queue(slots: Array(repeating: nil, count: count)))
    }

    func nextIndex() -> Int? {
        queue.withLock { queue in
            guard queue.next < queue.slots.count else { return nil }
            queue.next += 1
            return queue.next - 1
        }
    }

    func store(_ value: T, at index: Int) {
        queue.withLock { $0.slots[index] = value }
    }

    func results() -> [T] {
        queue.withLock { $0.slots.compactMap { $0 } }
    }
}
