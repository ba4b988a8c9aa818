import Testing
@testable import Lessons

@Suite("Canonical form")
struct CanonicalFormTests {
    func canonical(_ info: String, _ body: [String]) -> String? {
        let result = DirectiveParser.parse(FencedBlock(info: info, at: location(1, 4),
                                                       lines: body.enumerated().map { SourceLine($0.element, at: location($0.offset + 2, 1)) }))
        return result.directive?.canonicalForm
    }

    @Test func experimentIsInvariantUnderReformatting() throws {
        let compact = canonical("{experiment} forget-bias", [
            ":task: adding(length: 100)",
            ":models: [lstm(hidden: 32, forgetBias: 0), lstm(hidden: 32, forgetBias: 1), gru(hidden: 32)]",
            ":steps: 1500",
            ":optimizer: adam(lr: 0.003)",
            ":seeds: 1...3",
            "A caption.",
        ])
        let reformatted = canonical("{experiment}   renamed  ", [
            ":seeds:   [1, 2, 3,]",
            ":optimizer: adam( beta2: 0.999, lr: 3e-3 )",
            ":models: [",
            "    lstm(forgetBias: 0.0, hidden: 32, layers: 1, init: pytorch),",
            "    lstm(hidden: 32, forgetBias: 1, peephole: false),",
            "    gru(hidden: 32, resetAfter: true, label: \"another label\")]",
            ":task: adding(100)",
            ":steps: 1_500",
            ":batch: 32", ":clip: 1", ":evalEvery: 30", ":saveWeights: false",
            ":alt: Different alt text.",
            "",
            "A different caption.",
        ])
        let form = try #require(compact)
        #expect(form == reformatted)
        #expect(form == "experiment(task: adding(length: 100), models: [lstm(hidden: 32, layers: 1, forgetBias: 0.0, peephole: false, coupled: false, forgetGate: true, init: pytorch), lstm(hidden: 32, layers: 1, forgetBias: 1.0, peephole: false, coupled: false, forgetGate: true, init: pytorch), gru(hidden: 32, layers: 1, resetAfter: true)], steps: 1500, batch: 32, optimizer: adam(lr: 0.003, beta1: 0.9, beta2: 0.999), clip: 1.0, seeds: [1, 2, 3], evalEvery: 30, saveWeights: [])")
    }

    @Test func changesThatMatterChangeTheForm() {
        let base = [":task: adding(length: 100)", ":models: [lstm(hidden: 32)]"]
        let forms = [
            canonical("{experiment} a", base),
            canonical("{experiment} a", base + [":steps: 999"]),
            canonical("{experiment} a", [":task: adding(length: 101)", ":models: [lstm(hidden: 32)]"]),
            canonical("{experiment} a", base + [":seeds: 2"]),
            canonical("{experiment} a", base + [":optimizer: adam(lr: 0.0011)"]),
        ]
        #expect(forms.allSatisfy { $0 != nil })
        #expect(Set(forms.compactMap { $0 }).count == forms.count)
    }

    @Test func otherDirectivesFillTheirDefaults() {
        #expect(canonical("{function-plot} f", []) == "function-plot(functions: [sigmoid(k: 1.0), tanh, relu, sigmoid(k: 5.0)], x: -6.0...6.0)")
        #expect(canonical("{function-plot} f", [":functions: [sigmoid(), tanh, relu, sigmoid(5)]", ":x: -6.0...6"])
                == canonical("{function-plot} g", []))
        #expect(canonical("{diagram} lstm", []) == "diagram(cell: lstm, names: classic)")
        #expect(canonical("{table} t", [":experiment: e"]) == "table(experiment: e, metrics: [solved, finalLoss, bestLoss, stepsToThreshold, parameters])")
        #expect(canonical("{activations} a", [":experiment: e", ":quantity: cellState"])
                == "activations(experiment: e, model: 1, quantity: cellState, input: input(seed: 1), units: top(count: 4))")
        #expect(canonical("{prediction} p", [":experiment: e", ":model: \"gru\"", ":freeRun: 20"])
                == "prediction(experiment: e, model: \"gru\", length: task, freeRun: 20)")
        #expect(canonical("{gradient-flow} g", [":experiment: e"]) == "gradient-flow(experiment: e, task: experiment, when: [init, trained], seeds: [1])")
        #expect(canonical("{gradient-flow} g", [":models: rnn(hidden: 4)", ":task: copy(length: 5)"])
                == "gradient-flow(models: [rnn(hidden: 4, layers: 1, nonlinearity: tanh)], task: copy(length: 5, count: 10), when: [init], seeds: [1])")
    }

    @Test func registryDocumentsEveryCanonicalOption() throws {
        // The schema table and the readers must agree: every option the canonical
        // form spells out is a documented option of the directive (alt aside).
        let form = try #require(canonical("{experiment} a", [":task: adding(length: 10)", ":models: lstm(hidden: 2)"]))
        // threshold changes the outcomes read from the runs, not the runs; from is resolved before.
        // A constant schedule is left out so that experiments written before schedules keep their keys.
        let documented = SchemaRegistry.schema(for: .experiment).optionNames.filter { !["alt", "threshold", "from", "schedule"].contains($0) }
        for option in documented { #expect(form.contains("\(option): "), "\(option)") }
        #expect(!form.contains("forgetBias"), "a forget bias that is not given is not in the form")
        // A model's own training settings appear only when given.
        let own = ["label", "forgetBias", "optimizer", "clip", "schedule"]
        let lstm = SchemaRegistry.models.first { $0.name == "lstm" }?.labels.filter { !own.contains($0) } ?? []
        for argument in lstm { #expect(form.contains("\(argument): "), "\(argument)") }
    }

    @Test func trainingSettingsOfAModelAreInItsFormOnlyWhenGiven() throws {
        let plain = try #require(canonical("{experiment} a", [":task: adding(length: 10)", ":models: [rnn(hidden: 2)]"]))
        let clipped = try #require(canonical("{experiment} a", [":task: adding(length: 10)",
                                                                ":models: [rnn(hidden: 2, clip: 0, optimizer: sgd(0.1), schedule: cosine)]"]))
        #expect(!plain.contains("schedule") && !plain.contains("rnn(hidden: 2, layers: 1, nonlinearity: tanh, clip"))
        #expect(clipped.contains("rnn(hidden: 2, layers: 1, nonlinearity: tanh, optimizer: sgd(lr: 0.1, momentum: 0.0), clip: 0.0, schedule: cosine(minimum: 0.0))"))
        let scheduled = try #require(canonical("{experiment} a", [":task: adding(length: 10)", ":models: [rnn(hidden: 2)]",
                                                                  ":schedule: step(every: 100, factor: 0.5)"]))
        #expect(scheduled.contains("schedule: step(every: 100, factor: 0.5)"))
        #expect(canonical("{experiment} a", [":task: adding(length: 10)", ":models: [rnn(hidden: 2)]", ":schedule: constant"]) == plain)
    }
}
