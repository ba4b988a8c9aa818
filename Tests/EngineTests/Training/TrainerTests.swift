import Testing
@testable import Engine

@Suite struct TrainerTests {
    @Test func reportsEveryStepAndEvaluatesOnSchedule() throws {
        let task = try SequenceTask.brackets(length: 8, maxDepth: 3)
        let c = TrainingConfiguration(steps: 25, batchSize: 4, optimizer: .adam(learningRate: 0.01), seed: 2, evalEvery: 10, evalBatchSize: 8)
        var reported: [Int] = []
        let r: TrainingResult<Float> = try Trainer.train(
            spec: ModelSpec(cell: .lstm, hidden: 4), task: task, configuration: c) { reported.append($0.step) }
        #expect(reported == Array(1...25))
        #expect(r.trainingLosses.count == 25)
        #expect(r.evaluations.map(\.step) == [0, 10, 20, 25])
        #expect(r.evaluations.allSatisfy { $0.accuracy != nil })
        #expect(r.outcome == .completed)
        #expect(r.bestLoss <= r.finalLoss)
    }

    @Test func stopsAtTheTargetLoss() throws {
        let task = try SequenceTask.adding(length: 6)
        let c = TrainingConfiguration(
            steps: 500, batchSize: 8, optimizer: .adam(learningRate: 0.01), seed: 1, evalEvery: 5, evalBatchSize: 16,
            targetLoss: 0.15)
        let r: TrainingResult<Float> = try Trainer.train(spec: ModelSpec(cell: .gru, hidden: 4), task: task, configuration: c)
        guard case .reachedTarget(let step) = r.outcome else {
            Issue.record("did not reach the target: \(r.outcome), final \(r.finalLoss)")
            return
        }
        #expect(step < 500 && r.trainingLosses.count == step)
        #expect(r.finalLoss <= 0.15)
    }

    @Test func divergenceIsAResultNotATrap() throws {
        let task = try SequenceTask.adding(length: 6)
        // A huge step without clipping blows a ReLU RNN up.
        let c = TrainingConfiguration(
            steps: 200, batchSize: 4, optimizer: .sgd(learningRate: 1e30), clip: 0, seed: 1, evalEvery: 1, evalBatchSize: 4)
        let r: TrainingResult<Float> = try Trainer.train(
            spec: ModelSpec(cell: .rnn(.relu), hidden: 4), task: task, configuration: c)
        guard case .diverged(let step) = r.outcome else {
            Issue.record("expected divergence, got \(r.outcome)")
            return
        }
        #expect(step >= 1 && step < 200)
        #expect(r.diverged)
        #expect(r.model.parameters.tensors.allSatisfy { $0.tensor.values.allSatisfy(\.isFinite) })
    }
}
