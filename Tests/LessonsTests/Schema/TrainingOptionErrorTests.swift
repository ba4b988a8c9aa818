import Testing
@testable import Lessons

@Suite("Per-model training settings and traces: located errors")
struct TrainingOptionErrorTests {
    @Test func badModelSettingsAreLocated() {
        let negative = describe(check("{experiment} e", ":task: adding(length: 10)", ":models: [rnn(hidden: 2, clip: -1)]").diagnostics)
        #expect(negative.count == 1 && negative[0].hasPrefix("3:32: ") && negative[0].contains("'clip'"), "\(negative)")
        let misspelt = describe(check("{experiment} e", ":task: adding(length: 10)", ":models: [rnn(hidden: 2, schedule: cosin)]").diagnostics)
        #expect(misspelt.count == 1 && misspelt[0].hasPrefix("3:36: ") && misspelt[0].contains("did you mean 'cosine'"), "\(misspelt)")
        let warmup = describe(check("{experiment} e", ":task: adding(length: 10)", ":models: [rnn(hidden: 2)]", ":schedule: warmup").diagnostics)
        #expect(warmup.count == 1 && warmup[0].hasPrefix("4:") && warmup[0].contains("steps"), "\(warmup)")
        let factor = describe(check("{experiment} e", ":task: adding(length: 10)", ":models: [rnn(hidden: 2)]",
                                    ":schedule: step(every: 10, factor: 2)").diagnostics)
        #expect(factor.count == 1 && factor[0].hasPrefix("4:") && factor[0].contains("'factor'"), "\(factor)")
    }

    @Test func aGradientFlowFiguresOwnModelsAreNotTrained() {
        let errors = describe(check("{gradient-flow} g", ":task: adding(length: 10)", ":models: [rnn(hidden: 2), rnn(hidden: 2, clip: 0)]").diagnostics)
        #expect(errors.count == 1 && errors[0].hasPrefix("3:27: ") && errors[0].contains("not trained"), "\(errors)")
    }

    @Test func traceOptionsAreChecked() {
        let noGate = describe(check("{trace} t", ":experiment: e", ":quantity: saturation").diagnostics)
        #expect(noGate.count == 1 && noGate[0].hasPrefix("3:") && noGate[0].contains("needs the gate"), "\(noGate)")
        let notAGate = describe(check("{trace} t", ":experiment: e", ":quantity: saturation", ":gate: cellState").diagnostics)
        #expect(notAGate.count == 1 && notAGate[0].hasPrefix("4:8: ") && notAGate[0].contains("not a gate"), "\(notAGate)")
        let stray = describe(check("{trace} t", ":experiment: e", ":gate: forget").diagnostics)
        #expect(stray.count == 1 && stray[0].hasPrefix("3:") && stray[0].contains("saturation trace"), "\(stray)")
        #expect(check("{trace} t", ":experiment: e", ":quantity: saturation", ":gate: forget", ":models: [\"a\", 2]").directive != nil)
    }
}
