import Testing
@testable import Engine

@Suite struct TrainingTraceTests {
    /// The first step's recorded norm is √(Σ g²) of the gradients of the first training batch, summed here by hand.
    @Test func theFirstNormIsTheHandComputedGlobalNorm() throws {
        let task = try SequenceTask.adding(length: 6)
        let spec = ModelSpec(cell: .lstm, hidden: 3)
        let c = TrainingConfiguration(steps: 3, batchSize: 4, optimizer: .sgd(learningRate: 0.1), clip: 0.01, seed: 5,
                                      evalEvery: 1, evalBatchSize: 4)
        let result: TrainingResult<Float> = try Trainer.train(spec: spec, task: task, configuration: c)
        let model = try RecurrentModel<Float>(spec: spec, inputSize: task.inputSize, outputSize: task.outputSize, seed: 5)
        var data = task.generator(seed: 5, split: .training)
        let batch: Batch<Float> = try task.batch(size: 4, using: &data)
        let g = try model.gradients(input: batch.inputs, supervision: batch.supervision)
        var sum = 0.0
        for (_, tensor) in g.gradients.tensors {
            for value in tensor.values { sum += Double(value) * Double(value) }
        }
        #expect(result.traces.gradientNorms.count == 3)
        #expect(result.traces.gradientNorms[0] == sum.squareRoot())
        // A threshold of 0.01 is far below these norms: every step was clipped.
        #expect(result.traces.clipped == [true, true, true])
    }

    @Test func unclippedStepsAreMarkedSoAndTracesLeaveTheBitsAlone() throws {
        let task = try SequenceTask.adding(length: 6)
        let c = TrainingConfiguration(steps: 20, batchSize: 4, optimizer: .adam(learningRate: 0.01), clip: 0, seed: 2,
                                      evalEvery: 5, evalBatchSize: 8)
        let r: TrainingResult<Float> = try Trainer.train(spec: ModelSpec(cell: .gru, hidden: 4), task: task, configuration: c)
        #expect(r.traces.clipped == Array(repeating: false, count: 20))
        // Saturation after 0, 5, 10 and 15 updates, for each sigmoid gate of the GRU.
        #expect(r.traces.saturationSteps == [0, 5, 10, 15])
        #expect(Set(r.traces.saturation.keys) == [.reset, .update])
        #expect(r.traces.saturation.values.allSatisfy { $0.count == 4 && $0.allSatisfy { (0...1).contains($0) } })
        // An RNN has no gates to saturate.
        let rnn: TrainingResult<Float> = try Trainer.train(spec: ModelSpec(cell: .rnn(.tanh), hidden: 4), task: task, configuration: c)
        #expect(rnn.traces.saturation.isEmpty && rnn.traces.saturationSteps.isEmpty)
    }

    @Test func saturationCountsGateValuesNearZeroOrOne() throws {
        // A forget bias of 20 pins the forget gate at 1: every forget value is saturated.
        let spec = ModelSpec(cell: .lstm(LSTMOptions(forgetBias: 20)), hidden: 3)
        let model = try RecurrentModel<Float>(spec: spec, inputSize: 2, outputSize: 1, seed: 1)
        let input = try Tensor<Float>(shape: [5, 2, 2], values: (0..<20).map { Float($0 % 3) * 0.1 })
        let fractions = try GateSaturation.fractions(try model.forward(input))
        #expect(fractions[.forget] == 1)
        #expect(fractions[.candidate] == nil)
        let trace = try model.forward(input).trace(layer: 0)
        let inputValues = trace.gates[.input]?.values ?? []
        let expected = Double(inputValues.filter { $0 < 0.01 || $0 > 0.99 }.count) / Double(inputValues.count)
        #expect(fractions[.input] == expected)
    }

    @Test func schedulesGiveTheirFactors() {
        #expect(LearningRateSchedule.constant.factor(update: 7, of: 10) == 1)
        let step = LearningRateSchedule.step(every: 10, factor: 0.5)
        #expect([1, 10, 11, 21].map { step.factor(update: $0, of: 100) } == [1, 1, 0.5, 0.25])
        let warmup = LearningRateSchedule.warmup(steps: 4)
        #expect((1...5).map { warmup.factor(update: $0, of: 10) } == [0.25, 0.5, 0.75, 1, 1])
        let cosine = LearningRateSchedule.cosine(minimum: 0.1)
        #expect(cosine.factor(update: 1, of: 100) == 1)
        #expect(abs(cosine.factor(update: 51, of: 100) - 0.55) < 1e-15)
        #expect(cosine.factor(update: 100, of: 100) > 0.1 && cosine.factor(update: 100, of: 100) < 0.101)
    }

    @Test func aScheduleChangesTrainingAndConstantChangesNothing() throws {
        let task = try SequenceTask.adding(length: 6)
        func losses(_ schedule: LearningRateSchedule?) throws -> [Double] {
            var c = TrainingConfiguration(steps: 10, batchSize: 4, optimizer: .sgd(learningRate: 0.1), seed: 3, evalEvery: 5, evalBatchSize: 8)
            if let schedule { c.schedule = schedule }
            let r: TrainingResult<Float> = try Trainer.train(spec: ModelSpec(cell: .rnn(.tanh), hidden: 4), task: task, configuration: c)
            return r.trainingLosses
        }
        #expect(try losses(nil) == losses(.constant))
        #expect(try losses(nil) != losses(.step(every: 2, factor: 0.1)))
    }
}
