import Foundation

extension WorkerPool {
    /// `body(i)` for every `i` in `0..<count` on the pool's threads, admitted against one memory
    /// budget: a unit starts only when the estimated bytes of the units running, plus its own,
    /// fit in `budget` (a unit alone always starts). Units start in index order and each result
    /// lands in its own slot, so the results are the same for any number of workers or budget.
    public func map<T: Sendable>(_ count: Int, bytes: @escaping @Sendable (Int) -> Double, budget: Double,
                                 _ body: @escaping @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        return Admission(count: count, budget: budget, bytes: bytes).run(workers: min(workers, count), body)
    }
}

/// The queue of units, the bytes admitted and the result slots, behind one condition.
private final class Admission<T: Sendable>: @unchecked Sendable {
    // Every mutable field is guarded by `condition`.
    private let condition = NSCondition()
    private var next = 0
    private var running = 0.0
    private let count: Int
    private let budget: Double
    private let bytes: @Sendable (Int) -> Double
    private var slots: [T?]

    init(count: Int, budget: Double, bytes: @escaping @Sendable (Int) -> Double) {
        self.count = count
        self.budget = budget
        self.bytes = bytes
        slots = Array(repeating: nil, count: count)
    }

    func run(workers: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        let group = DispatchGroup()
        for _ in 0..<workers {
            group.enter()
            let thread = Thread {
                while let (index, cost) = self.admit() {
                    let result = body(index)
                    self.finish(index, result, cost: cost)
                }
                group.leave()
            }
            thread.stackSize = 16 << 20
            thread.start()
        }
        group.wait()
        condition.lock()
        defer { condition.unlock() }
        return slots.compactMap { $0 }
    }

    private func admit() -> (Int, Double)? {
        condition.lock()
        defer { condition.unlock() }
        while next < count {
            let cost = bytes(next)
            if running == 0 || running + cost <= budget {
                next += 1
                running += cost
                return (next - 1, cost)
            }
            condition.wait()
        }
        return nil
    }

    private func finish(_ index: Int, _ result: T, cost: Double) {
        condition.lock()
        slots[index] = result
        running -= cost
        condition.broadcast()
        condition.unlock()
    }
}
