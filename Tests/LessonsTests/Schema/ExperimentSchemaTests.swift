import Engine
import Testing
@testable import Lessons

@Suite("Schema: experiments")
struct ExperimentSchemaTests {
    @Test func designExampleWithDefaults() throws {
        let result = check("{experiment} forget-bias",
                           ":task: adding(length: 100)",
                           ":models: [lstm(hidden: 32, forgetBias: 0), lstm(hidden: 32, forgetBias: 1),",
                           "          lstm(hidden: 32, init: chrono(maxLength: 100)), gru(hidden: 32)]",
                           ":steps: 1500",
                           ":optimizer: adam(lr: 0.003)",
                           ":seeds: 1...3",
                           "With forget bias 1 the LSTM learns sooner.")
        #expect(result.diagnostics.isEmpty)
        let directive = try #require(result.directive)
        #expect(directive.name == "forget-bias")
        #expect(result.declaration == Declaration(kind: .experiment, name: "forget-bias", nameRange: SourceRange(location(1, 17), length: 11)))
        guard case .experiment(let experiment) = directive.content else { Issue.record("kind"); return }
        #expect(experiment.task == .adding(length: 100))
        #expect(experiment.models.count == 4)
        #expect(experiment.models[2].network?.cell == .lstm(LSTMOptions()))
        #expect(experiment.models[2].network?.initialization == .chrono(maxLength: 100))
        #expect(experiment.labels == ["lstm · forgetBias 0", "lstm · forgetBias 1", "lstm · init chrono(maxLength: 100)", "gru"])
        #expect(experiment.steps == 1500 && experiment.batch == 32 && experiment.clip == 1.0)
        #expect(experiment.optimizer == .adam(learningRate: 0.003, beta1: 0.9, beta2: 0.999))
        #expect(experiment.seeds == [1, 2, 3])
        #expect(experiment.evalEvery == 30)
        #expect(experiment.saveWeights.isEmpty)
        #expect(experiment.models[2].network?.cell == .lstm(LSTMOptions(forgetBias: nil)), "no forgetBias is \"not given\", not 0")
        #expect(directive.caption?.text == "With forget bias 1 the LSTM learns sooner.")
    }

    @Test func everyModelTaskAndOptimizer() throws {
        let result = check("{experiment} all",
                           ":task: copy(length: 20, count: 5)",
                           ":models: [rnn(hidden: 8, nonlinearity: relu, layers: 2), gru(hidden: 8, resetAfter: false, label: \"mine\"),",
                           "  lstm(hidden: 4, peephole: true, coupled: true, init: xavier), lstm(hidden: 4, forgetGate: false, init: orthogonal)]",
                           ":optimizer: sgd(lr: 0.1, momentum: 0.9)",
                           ":seeds: [4, 2]", ":clip: 0", ":evalEvery: 7", ":saveWeights: true", ":batch: 8")
        #expect(result.diagnostics.isEmpty)
        guard case .experiment(let experiment) = try #require(result.directive).content else { Issue.record("kind"); return }
        #expect(experiment.models[0].network?.cell == .rnn(.relu) && experiment.models[0].network?.layers == 2)
        #expect(experiment.labels[1] == "mine")
        #expect(experiment.labels[2] == "lstm · peephole true · coupled true · init xavier")
        #expect(experiment.optimizer == .sgd(learningRate: 0.1, momentum: 0.9))
        #expect(experiment.seeds == [4, 2] && experiment.clip == 0 && experiment.evalEvery == 7 && experiment.saveWeights == [.trained])

        let tasks = ["temporalOrder(length: 50)": TaskSpec.temporalOrder(length: 50),
                     "brackets(length: 40, maxDepth: 5)": .brackets(length: 40, maxDepth: 5),
                     "dampedSine(length: 100, period: 25, decay: 0.01)": .dampedSine(length: 100, period: 25...25, decay: 0.01),
                     "dampedSine(length: 60, period: 12...20, decay: 0)": .dampedSine(length: 60, period: 12...20, decay: 0),
                     "text(source: \"abcabcabc\", length: 4)": .text(source: .inline("abcabcabc"), length: 4),
                     "text(file: \"corpus.txt\", length: 64)": .text(source: .file("corpus.txt"), length: 64),
                     "adding(200)": .adding(length: 200)]
        for (text, task) in tasks {
            let parsed = check("{experiment} t", ":task: \(text)", ":models: [gru(hidden: 2)]", ":optimizer: rmsprop")
            #expect(parsed.diagnostics.isEmpty, "\(text)")
            guard case .experiment(let experiment)? = parsed.directive?.content else { Issue.record("\(text)"); continue }
            #expect(experiment.task == task)
            #expect(experiment.optimizer == .rmsprop(learningRate: 0.01, alpha: 0.99))
        }
    }

    /// The lesson schema reads into the engine's own `ModelSpec`: there is no second type
    /// whose default could stand in for an option the author did not write.
    @Test func anOptionNotGivenReachesTheEngineAsNotGiven() throws {
        let result = check("{experiment} e", ":task: adding(length: 10)",
                           ":models: [lstm(hidden: 16, init: chrono(maxLength: 50)), lstm(hidden: 16, forgetBias: 0)]")
        #expect(result.diagnostics.isEmpty)
        guard case .experiment(let experiment)? = result.directive?.content else { Issue.record("kind"); return }
        let absent = try #require(experiment.models[0].network)
        let given = try #require(experiment.models[1].network)
        #expect(absent.cell == .lstm(LSTMOptions(forgetBias: nil)))
        #expect(given.cell == .lstm(LSTMOptions(forgetBias: 0)))
        // The engine keeps chrono's biases for the first and sets the second's to 0.
        let chrono = try RecurrentModel<Double>(spec: absent, inputSize: 2, seed: 3)
        let zero = try RecurrentModel<Double>(spec: given, inputSize: 2, seed: 3)
        let chronoForget = Array(try #require(chrono.parameters["bias_ih_l0"]).values[16..<32])
        let zeroForget = Array(try #require(zero.parameters["bias_ih_l0"]).values[16..<32])
        #expect(chronoForget.allSatisfy { $0 > 0 } && Set(chronoForget).count == 16)
        #expect(zeroForget.allSatisfy { $0 == 0 })
    }

    @Test func aRangeOfPeriodsIsCheckedWhereItIsWritten() {
        let empty = check("{experiment} e", ":task: dampedSine(length: 60, period: 20...12, decay: 0)", ":models: [persistence]")
        #expect(describe(empty.diagnostics) == ["2:39: empty range of periods 20.0...12.0"])
        let outside = check("{experiment} e", ":task: dampedSine(length: 60, period: 0...12, decay: 0)", ":models: [persistence]")
        #expect(describe(outside.diagnostics) == ["2:39: value 0.0 is out of range for 'period'"])
        let text = check("{experiment} e", ":task: text(source: \"abcabcabc\", length: 4)", ":models: [ar(order: 2)]")
        #expect(describe(text.diagnostics) == ["3:11: ar(order: 2) cannot run on text"])
    }

    @Test func evalEveryDefaultsToAFiftiethOfSteps() throws {
        for (steps, expected) in [(1000, 20), (10, 1), (1, 1)] {
            let result = check("{experiment} e", ":task: adding(length: 10)", ":models: lstm(hidden: 3)", ":steps: \(steps)")
            guard case .experiment(let experiment)? = result.directive?.content else { Issue.record("\(steps)"); continue }
            #expect(experiment.evalEvery == expected)
        }
    }
}
