import Foundation
import Testing
@testable import Engine

/// The same seed gives the same bits: a short training run's final loss and
/// a checksum of all its weights are pinned in `Fixtures/determinism.json`.
/// A change there is a change in numerics and needs an `engineVersion` bump;
/// re-record with `RECORD_SNAPSHOTS=1 swift test --filter DeterminismTests`.
@Suite struct DeterminismTests {
    static let file = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/determinism.json")

    struct Pinned: Codable, Equatable {
        var engineVersion: Int
        var runs: [String: Run]
    }

    struct Run: Codable, Equatable {
        /// The final held-out loss's bit pattern and the weights' checksum, in hex.
        var finalLoss: String
        var weights: String
    }

    static func run(_ cell: CellKind, seed: UInt64) throws -> Run {
        let task = try SequenceTask.adding(length: 10)
        let c = TrainingConfiguration(
            steps: 40, batchSize: 4, optimizer: .adam(learningRate: 0.01), clip: 1.0, seed: seed,
            evalEvery: 20, evalBatchSize: 16)
        let r: TrainingResult<Float> = try Trainer.train(spec: ModelSpec(cell: cell, hidden: 4), task: task, configuration: c)
        return Run(
            finalLoss: String(Float(r.finalLoss).bitPattern, radix: 16),
            weights: String(r.model.parameters.checksum, radix: 16))
    }

    static func runs() throws -> [String: Run] {
        [
            "lstm": try run(.lstm, seed: 1),
            "gru": try run(.gru, seed: 1),
            "rnn": try run(.rnn(.tanh), seed: 1),
        ]
    }

    @Test func bitsArePinned() throws {
        let current = Pinned(engineVersion: engineVersion, runs: try Self.runs())
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(current).write(to: Self.file)
            return
        }
        let pinned = try JSONDecoder().decode(Pinned.self, from: Data(contentsOf: Self.file))
        #expect(pinned.engineVersion == engineVersion, "pinned bits are from another engine version")
        #expect(current == pinned, "numerics changed: bump engineVersion and re-record")
    }

    @Test func sameSeedSameBitsDifferentSeedDifferentBits() throws {
        let a = try Self.run(.lstm, seed: 7)
        let b = try Self.run(.lstm, seed: 7)
        let c = try Self.run(.lstm, seed: 8)
        #expect(a == b)
        #expect(a.weights != c.weights)
        #expect(a.finalLoss != c.finalLoss)
    }
}
