import Foundation
import Testing
@testable import Engine

/// The tiled and vectorised Float kernels give the same bits as the plain
/// loops they replaced. `Fixtures/determinism-wide.json` was recorded by the
/// plain loops (engine version 1, before the kernels) at sizes that reach
/// every path of the tiles: full 4 × 8 tiles, row and column edges, and
/// inner sizes with and without a remainder. Re-record only with an
/// `engineVersion` bump: `RECORD_SNAPSHOTS=1 swift test --filter KernelBitsTests`.
@Suite struct KernelBitsTests {
    static let file = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/determinism-wide.json")

    static let cells: [String: CellKind] = [
        "rnn": .rnn(.tanh), "rnn-relu": .rnn(.relu), "lstm": .lstm, "gru": .gru,
        "gru-before": .gru(resetAfter: false), "lstm-peephole": .lstm(LSTMOptions(peephole: true)),
    ]

    static func runs() throws -> [String: DeterminismTests.Run] {
        var runs: [String: DeterminismTests.Run] = [:]
        let task = try SequenceTask.adding(length: 12)
        for (name, cell) in cells {
            for hidden in [13, 24] {
                let c = TrainingConfiguration(
                    steps: 6, batchSize: 6, optimizer: .adam(learningRate: 0.01), clip: 1.0, seed: 3,
                    evalEvery: 3, evalBatchSize: 5)
                let r: TrainingResult<Float> = try Trainer.train(
                    spec: ModelSpec(cell: cell, hidden: hidden), task: task, configuration: c)
                runs["\(name)-\(hidden)"] = DeterminismTests.Run(
                    finalLoss: String(Float(r.finalLoss).bitPattern, radix: 16),
                    weights: String(r.model.parameters.checksum, radix: 16))
            }
        }
        return runs
    }

    @Test func trainingBitsMatchThePlainLoops() throws {
        let current = DeterminismTests.Pinned(engineVersion: engineVersion, runs: try Self.runs())
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(current).write(to: Self.file)
            return
        }
        let pinned = try JSONDecoder().decode(DeterminismTests.Pinned.self, from: Data(contentsOf: Self.file))
        #expect(pinned.engineVersion == engineVersion, "pinned bits are from another engine version")
        for (name, run) in pinned.runs {
            #expect(current.runs[name] == run, "\(name): numerics changed")
        }
    }

    /// Eight-lane sigmoid and tanh against the scalar functions: every bit,
    /// over a fine sweep of the range that matters, random bit patterns
    /// (subnormals, huge values, NaNs) and the edges of every branch.
    @Test func vectorFunctionsMatchScalarBits() {
        var values: [Float] = [
            0, -0, .infinity, -.infinity, .nan, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
            .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 0.625, -0.625, (0.625 as Float).nextDown, 10, -10, (10 as Float).nextUp,
            87, (87 as Float).nextUp, -87, (-87 as Float).nextDown, 88, -88, 1e-30, -1e-30,
        ]
        for i in -200_000...200_000 { values.append(Float(i) * 0.0003) }
        var g = SeededGenerator(seed: 5, stream: "kernel-bits")
        for _ in 0..<200_000 { values.append(Float(bitPattern: UInt32(truncatingIfNeeded: g.next()))) }
        var sigmoid = values, tanh = values
        sigmoid.withUnsafeMutableBufferPointer { FloatVectorKernels.sigmoid($0.base, count: $0.count) }
        tanh.withUnsafeMutableBufferPointer { FloatVectorKernels.tanh(UnsafePointer($0.base), $0.base, count: $0.count) }
        var mismatches = 0
        for (k, x) in values.enumerated() {
            if sigmoid[k].bitPattern != FloatKernels.sigmoid(x).bitPattern { mismatches += 1 }
            if tanh[k].bitPattern != FloatKernels.tanh(x).bitPattern { mismatches += 1 }
        }
        #expect(mismatches == 0)
    }
}

extension KernelBitsTests {
    static func checksum(_ cell: CellKind, threads: Int) throws -> DeterminismTests.Run {
        let task = try SequenceTask.adding(length: 20)
        let c = TrainingConfiguration(
            steps: 3, batchSize: 8, optimizer: .adam(learningRate: 0.01), clip: 1.0, seed: 9,
            evalEvery: 3, evalBatchSize: 8)
        let r: TrainingResult<Float> = try EngineThreads.$count.withValue(threads) {
            try Trainer.train(spec: ModelSpec(cell: cell, hidden: 64), task: task, configuration: c)
        }
        return DeterminismTests.Run(
            finalLoss: String(Float(r.finalLoss).bitPattern, radix: 16),
            weights: String(r.model.parameters.checksum, radix: 16))
    }

    /// Two threads split the products (sizes above ``EngineThreads/minimumWork``)
    /// and give the same bits as one.
    @Test(arguments: ["rnn", "lstm", "gru"])
    func twoThreadsGiveTheSameBitsAsOne(cell: String) throws {
        let kind = try #require(Self.cells[cell])
        #expect(EngineThreads.minimumWork <= 8 * 64 * 64)
        #expect(try Self.checksum(kind, threads: 2) == Self.checksum(kind, threads: 1))
    }

    /// With two threads the split hands out both parts (to DispatchQueue.concurrentPerform).
    @Test func splitRunsEveryPart() {
        let seen = ThreadRecorder()
        EngineThreads.$count.withValue(2) {
            EngineThreads.split(work: EngineThreads.minimumWork, maxParts: 2) { part, parts in
                seen.record(part: part, parts: parts)
            }
        }
        #expect(seen.parts == [0, 1])
    }
}

/// Collects which parts ran, from any thread.
final class ThreadRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [Int] = []
    func record(part: Int, parts: Int) {
        lock.lock()
        seen.append(part)
        lock.unlock()
    }
    var parts: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return seen.sorted()
    }
}
