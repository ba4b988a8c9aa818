import Foundation
import Testing
@testable import Runner

/// Runs are admitted against one memory budget whatever the number of workers, and the
/// results do not depend on either.
@Suite struct MemoryAdmissionTests {
    final class Meter: @unchecked Sendable {
        // Guarded by `lock`.
        private let lock = NSLock()
        private var running = 0.0
        private(set) var peak = 0.0
        func enter(_ bytes: Double) { lock.withLock { running += bytes; peak = max(peak, running) } }
        func leave(_ bytes: Double) { lock.withLock { running -= bytes } }
    }

    @Test(arguments: [1, 2, 4, 8])
    func neverAboveTheBudget(_ workers: Int) {
        let costs: [Double] = [6, 3, 3, 2, 9, 1, 1, 5, 4, 4, 7, 2]
        let meter = Meter()
        let results = WorkerPool(workers: workers).map(bytes: costs, budget: 10) { i -> Int in
            meter.enter(costs[i])
            Thread.sleep(forTimeInterval: 0.01)
            meter.leave(costs[i])
            return i * i
        }
        #expect(results == costs.indices.map { $0 * $0 })
        #expect(meter.peak <= 10)
    }

    /// A unit larger than the budget still runs, alone.
    @Test func anOversizedUnitRunsAlone() {
        let meter = Meter()
        let results = WorkerPool(workers: 4).map(bytes: [5, 50, 5], budget: 10) { i -> Int in
            meter.enter(i == 1 ? 50 : 5)
            Thread.sleep(forTimeInterval: 0.01)
            meter.leave(i == 1 ? 50 : 5)
            return i
        }
        #expect(results == [0, 1, 2])
        #expect(meter.peak == 50)
    }
}
