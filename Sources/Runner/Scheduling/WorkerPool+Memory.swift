import Foundation

extension WorkerPool {
    /// `body(i)` for every unit `i` of `bytes` (each unit's estimated bytes) on the pool's threads,
    /// admitted against one memory budget: a unit starts only when the estimated bytes of the
    /// units running, plus its own, fit in `budget` (a unit alone always starts). Units start in
    /// index order and each result lands in its own slot, so the results are the same for any
    /// number of workers or budget.
    public func map<T: Sendable>(bytes: [Double], budget: Double, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        guard !bytes.isEmpty else { return [] }
        return Admission(budget: budget, bytes: bytes).run(workers: min(workers, bytes.count), body)
    }
}

/// The queue of units, the bytes admitted and the result slots, in one waitable state.
private final class Admission<T: Sendable>: Sendable {
    private struct Queue {
        var next = 0
        var running = 0.0
        var slots: [T?]
    }

    private enum Turn {
        case unit(index: Int, cost: Double)
        case done
    }

    private let queue: WaitableState<Queue>
    private let budget: Double
    private let bytes: [Double]
    private var count: Int { bytes.count }

    init(budget: Double, bytes: [Double]) {
        self.budget = budget
        self.bytes = bytes
        queue = WaitableState(Queue(slots: Array(repeating: nil, count: bytes.count)))
    }

    func run(workers: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        let group = DispatchGroup()
        for _ in 0..<workers {
            group.enter()
            let thread = Thread {
                while case .unit(let index, let cost) = self.admit() {
                    let result = body(index)
                    self.finish(index, result, cost: cost)
                }
                group.leave()
            }
            thread.stackSize = 16 << 20
            thread.start()
        }
        group.wait()
        return queue.update { $0.slots.compactMap { $0 } }
    }

    /// The next unit once its bytes fit beside the running ones (a unit alone always fits).
    private func admit() -> Turn {
        queue.wait { queue in
            guard queue.next < count else { return .done }
            let cost = bytes[queue.next]
            guard queue.running == 0 || queue.running + cost <= budget else { return nil }
            queue.next += 1
            queue.running += cost
            return .unit(index: queue.next - 1, cost: cost)
        }
    }

    private func finish(_ index: Int, _ result: T, cost: Double) {
        queue.update { queue in
            queue.slots[index] = result
            queue.running -= cost
        }
    }
}
