import Testing
@testable import Engine

/// The training demonstrations of issue 3, every model on one budget (steps,
/// batch, optimiser, learning rate, clipping), Float32, seed 1. Sizes are
/// small so that the whole suite trains in seconds. The budget leaves a
/// margin: with seeds 1–4 the LSTM leaves the adding plateau by step 900
/// and the copy loss ends near 0.001 (checked when it was chosen).
@Suite struct DemonstrationTests {
    static let budget = TrainingConfiguration(
        steps: 1500, batchSize: 16, optimizer: .adam(learningRate: 0.02), clip: 1.0, seed: 1,
        evalEvery: 100, evalBatchSize: 128)

    /// An LSTM solves the adding problem at T = 50; a tanh RNN of the same
    /// size stays at the blind baseline (1/6).
    @Test func addingProblemLSTMBeatsRNN() throws {
        let task = try SequenceTask.adding(length: 50)
        let lstm: TrainingResult<Float> = try Trainer.train(
            spec: ModelSpec(cell: .lstm(LSTMOptions(forgetBias: 1)), hidden: 16), task: task, configuration: Self.budget)
        let rnn: TrainingResult<Float> = try Trainer.train(
            spec: ModelSpec(cell: .rnn(.tanh), hidden: 16), task: task, configuration: Self.budget)
        #expect(lstm.finalLoss < 0.05, "LSTM test MSE \(lstm.finalLoss)")
        #expect(rnn.finalLoss > 0.12, "RNN test MSE \(rnn.finalLoss)")
    }

    @Test func dampedSineNextValue() throws {
        let task = try SequenceTask.dampedSine(length: 50, period: 20, decay: 0.02)
        let result: TrainingResult<Float> = try Trainer.train(
            spec: ModelSpec(cell: .gru, hidden: 8), task: task, configuration: Self.budget)
        #expect(result.finalLoss < 1e-3, "test MSE \(result.finalLoss)")
    }

    @Test func copyTaskBelowHalfItsBaseline() throws {
        let task = try SequenceTask.copy(length: 5, count: 3)
        let result: TrainingResult<Float> = try Trainer.train(
            spec: ModelSpec(cell: .gru, hidden: 32), task: task, configuration: Self.budget)
        #expect(result.finalLoss < task.baseline / 2, "loss \(result.finalLoss), baseline \(task.baseline)")
    }
}
