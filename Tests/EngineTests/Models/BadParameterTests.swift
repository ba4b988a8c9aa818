import Testing
@testable import Engine

/// Bad sizes, shapes and hyperparameters are errors with a message, not traps.
@Suite struct BadParameterTests {
    func message(_ body: () throws -> Void) -> String? {
        do { try body() } catch let error as EngineError { return error.description } catch { return "not an EngineError: \(error)" }
        return nil
    }

    @Test func badSpecs() {
        let cases: [(ModelSpec, String)] = [
            (ModelSpec(cell: .lstm, hidden: 0), "hidden size must be positive"),
            (ModelSpec(cell: .gru, hidden: -3), "hidden size must be positive"),
            (ModelSpec(cell: .rnn(.tanh), hidden: 4, layers: 0), "layers must be positive"),
            (ModelSpec(cell: .lstm, hidden: 1_000_000), "larger than the maximum"),
            (ModelSpec(cell: .lstm, hidden: 4, layers: 100), "more than the maximum"),
            (ModelSpec(cell: .lstm(LSTMOptions(coupled: true, forgetGate: false)), hidden: 4), "both coupled"),
            (ModelSpec(cell: .lstm(LSTMOptions(forgetBias: 1, forgetGate: false)), hidden: 4), "needs a forget gate"),
            (ModelSpec(cell: .rnn(.tanh), hidden: 4, initialization: .chrono(maxLength: 50)), "chrono"),
            (ModelSpec(cell: .lstm, hidden: 4, initialization: .chrono(maxLength: 1)), "at least 3"),
            (ModelSpec(cell: .rnn(.tanh), hidden: 4, initialization: .orthogonal(gain: 0)), "orthogonal gain"),
            (ModelSpec(cell: .rnn(.tanh), hidden: 4, initialization: .orthogonal(gain: -1)), "orthogonal gain"),
            (ModelSpec(cell: .gru, hidden: 4, initialization: .orthogonal(gain: 100.5)), "orthogonal gain"),
            (ModelSpec(cell: .lstm, hidden: 4, initialization: .orthogonal(gain: .nan)), "orthogonal gain"),
            (ModelSpec(cell: .lstm, hidden: 4, initialization: .orthogonal(gain: .infinity)), "orthogonal gain"),
        ]
        for (spec, expected) in cases {
            let m = message { _ = try RecurrentModel<Float>(spec: spec, inputSize: 2, seed: 1) }
            #expect(m?.contains(expected) == true, "\(spec): \(m ?? "no error")")
        }
        #expect(message { _ = try RecurrentModel<Float>(spec: ModelSpec(cell: .lstm, hidden: 2), inputSize: 0, seed: 1) }?
            .contains("input size must be positive") == true)
        #expect(message { _ = try RecurrentModel<Float>(spec: ModelSpec(cell: .lstm, hidden: 2), inputSize: 1, outputSize: -1, seed: 1) }?
            .contains("output size must be positive") == true)
    }

    @Test func mismatchedShapes() throws {
        let model = try RecurrentModel<Double>(spec: ModelSpec(cell: .lstm, hidden: 3), inputSize: 2, outputSize: 1, seed: 1)
        let wrongFeatures: Tensor<Double> = TestData.tensor([4, 2, 5], seed: 1)
        #expect(message { _ = try model.forward(wrongFeatures) }?.contains("the model expects 2") == true)
        let flat: Tensor<Double> = TestData.tensor([4, 2], seed: 1)
        #expect(message { _ = try model.forward(flat) }?.contains("(steps, batch, features)") == true)
        let x: Tensor<Double> = TestData.tensor([4, 2, 2], seed: 1)
        let badH0: Tensor<Double> = TestData.tensor([1, 3, 3], seed: 1)
        #expect(message { _ = try model.forward(x, h0: badH0) }?.contains("h0 has shape") == true)
        let pass = try model.forward(x)
        let badGrad: Tensor<Double> = TestData.tensor([4, 2, 2], seed: 1)
        #expect(message { _ = try model.backward(pass, outputGradient: badGrad) }?.contains("output gradient") == true)
        let badTargets = Supervision<Double>(target: .values([1, 2, 3]), steps: .last)
        #expect(message { _ = try model.loss(pass, badTargets) }?.contains("targets hold 3 values") == true)
        let badClass = Supervision<Double>(target: .classes([0, 5]), steps: .last)
        #expect(message { _ = try model.loss(pass, badClass) }?.contains("class 5") == true)
        let other = try RecurrentModel<Double>(spec: ModelSpec(cell: .gru, hidden: 3), inputSize: 2, outputSize: 1, seed: 1)
        let otherPass = try other.forward(x)
        #expect(message { _ = try model.backward(otherPass, outputGradient: otherPass.output) }?.contains("different model") == true)
        #expect(message { _ = try model.predictions(otherPass) }?.contains("different model") == true)
        var params = model.parameters
        params["weight_hh_l0"] = TestData.tensor([12, 4], seed: 1)
        #expect(message { _ = try RecurrentModel(spec: model.spec, inputSize: 2, outputSize: 1, parameters: params) }?
            .contains("weight_hh_l0 has shape [12, 4]") == true)
        params["weight_hh_l0"] = nil
        #expect(message { _ = try RecurrentModel(spec: model.spec, inputSize: 2, outputSize: 1, parameters: params) }?
            .contains("weight_hh_l0") == true)
    }

    @Test func badTrainingConfigurations() throws {
        let task = try SequenceTask.adding(length: 5)
        let spec = ModelSpec(cell: .gru, hidden: 2)
        let cases: [(TrainingConfiguration, String)] = [
            (TrainingConfiguration(steps: 10, optimizer: .adam(learningRate: 0)), "learning rate must be a positive"),
            (TrainingConfiguration(steps: 10, optimizer: .sgd(learningRate: -1)), "learning rate must be a positive"),
            (TrainingConfiguration(steps: 0), "steps must be between"),
            (TrainingConfiguration(steps: 10, batchSize: 0), "batch must be between"),
            (TrainingConfiguration(steps: 10, clip: -1), "clip must be"),
            (TrainingConfiguration(steps: 10, evalEvery: 0), "evalEvery must be positive"),
        ]
        for (c, expected) in cases {
            let m = message { let _: TrainingResult<Float> = try Trainer.train(spec: spec, task: task, configuration: c) }
            #expect(m?.contains(expected) == true, "\(m ?? "no error")")
        }
        let other = try RecurrentModel<Float>(spec: spec, inputSize: 3, outputSize: 1, seed: 1)
        #expect(message { _ = try Trainer.train(other, task: task, configuration: TrainingConfiguration(steps: 1)) }?
            .contains("the task needs 2") == true)
    }
}
