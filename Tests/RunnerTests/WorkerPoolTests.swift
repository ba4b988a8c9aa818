import Foundation
import Testing
@testable import Runner

@Suite struct WorkerPoolTests {
    @Test(arguments: [1, 2, 5])
    func resultsAreInOrderForAnyWorkerCount(workers: Int) {
        let results = WorkerPool(workers: workers).map(50) { i in i * i }
        #expect(results == (0..<50).map { $0 * $0 })
    }

    @Test func reallyRunsConcurrently() {
        // Two units that each wait for the other to start can only finish
        // when they run at the same time.
        let started = [DispatchSemaphore(value: 0), DispatchSemaphore(value: 0)]
        let results = WorkerPool(workers: 2).map(2) { i -> Bool in
            started[i].signal()
            return started[1 - i].wait(timeout: .now() + 10) == .success
        }
        #expect(results == [true, true])
    }

    @Test func emptyWork() {
        #expect(WorkerPool(workers: 3).map(0) { $0 }.isEmpty)
    }
}
