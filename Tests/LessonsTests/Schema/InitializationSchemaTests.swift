import Engine
import Testing
@testable import Lessons

/// `init:` on rnn, gru and lstm: orthogonal with a gain, chrono only where there are gates.
@Suite("Schema: initialisation")
struct InitializationSchemaTests {
    func experiment(_ models: String) -> ExperimentDirective? {
        let result = check("{experiment} x", ":task: adding(length: 10)", ":models: \(models)")
        #expect(result.diagnostics.isEmpty, "\(describe(result.diagnostics))")
        guard case .experiment(let experiment)? = result.directive?.content else { return nil }
        return experiment
    }

    func errors(_ models: String) -> [String] {
        describe(check("{experiment} x", ":task: adding(length: 10)", ":models: \(models)").diagnostics)
    }

    @Test func rnnWithSmallUnitAndLargeGains() throws {
        let e = try #require(experiment(
            "[rnn(hidden: 32, init: orthogonal(gain: 0.5)), rnn(hidden: 32, init: orthogonal), rnn(hidden: 32, init: orthogonal(2))]"))
        #expect(e.models.map(\.network?.initialization) == [.orthogonal(gain: 0.5), .orthogonal(gain: 1), .orthogonal(gain: 2)])
        #expect(e.models.allSatisfy { $0.network?.cell == .rnn(.tanh) })
        #expect(e.labels == ["rnn · init orthogonal(gain: 0.5)", "rnn · init orthogonal(gain: 1)", "rnn · init orthogonal(gain: 2)"])
        #expect(e.models[0].canonicalForm == "rnn(hidden: 32, layers: 1, nonlinearity: tanh, init: orthogonal(gain: 0.5))")
    }

    @Test func everyModelTakesInit() throws {
        let models = "[rnn(hidden: 4, init: xavier), gru(hidden: 4, init: chrono(maxLength: 50)), gru(hidden: 4),"
            + " lstm(hidden: 4, init: orthogonal(gain: 1.5)), rnn(hidden: 4, nonlinearity: relu, init: pytorch)]"
        let e = try #require(experiment(models))
        let expected: [Initialization] = [.xavier, .chrono(maxLength: 50), .pytorch, .orthogonal(gain: 1.5), .pytorch]
        #expect(e.models.map(\.network?.initialization) == expected)
        #expect(e.labels == ["rnn · init xavier", "gru · init chrono(maxLength: 50)", "gru",
                             "lstm", "rnn · nonlinearity relu"])
        #expect(e.models[1].canonicalForm == "gru(hidden: 4, layers: 1, resetAfter: true, init: chrono(maxLength: 50))")
        #expect(e.models[3].canonicalForm
                == "lstm(hidden: 4, layers: 1, peephole: false, coupled: false, forgetGate: true, init: orthogonal(gain: 1.5))")
    }

    @Test func canonicalFormOfDefaultsIsUnchanged() throws {
        let e = try #require(experiment("[rnn(hidden: 4, init: pytorch), gru(hidden: 4), lstm(hidden: 4, init: orthogonal(gain: 1.0))]"))
        // An rnn or gru with the default init keeps the form it had before it took init.
        #expect(e.models[0].canonicalForm == "rnn(hidden: 4, layers: 1, nonlinearity: tanh)")
        #expect(e.models[1].canonicalForm == "gru(hidden: 4, layers: 1, resetAfter: true)")
        #expect(e.models[2].network?.initialization.canonicalForm == "orthogonal(gain: 1.0)")
        #expect(experiment("lstm(hidden: 4, init: orthogonal)")?.models[0] == e.models[2])
    }

    @Test func gainOutOfRange() {
        #expect(errors("rnn(hidden: 4, init: orthogonal(gain: 0))") == ["3:48: value 0.0 is out of range for 'gain'"])
        #expect(errors("rnn(hidden: 4, init: orthogonal(gain: -1))") == ["3:48: value -1.0 is out of range for 'gain'"])
        #expect(errors("gru(hidden: 4, init: orthogonal(gain: 100.5))") == ["3:48: value 100.5 is out of range for 'gain'"])
        #expect(errors("lstm(hidden: 4, init: orthogonal(gain: big))") == ["3:49: expected a number, got the word 'big'"])
        #expect(errors("rnn(hidden: 4, init: orthogonal(gian: 2))") == ["3:42: unknown argument 'gian' of orthogonal; did you mean 'gain'?"])
        let result = check("{experiment} x", ":task: adding(length: 10)", ":models: rnn(hidden: 4, init: orthogonal(gain: 0))")
        #expect(result.diagnostics.first?.hint == "'gain' is a number above 0 and at most 100; 1 keeps a signal's size")
        #expect(experiment("rnn(hidden: 4, init: orthogonal(gain: 100))")?.models[0].network?.initialization == .orthogonal(gain: 100))
    }

    @Test func chronoOnAnRNNIsALocatedError() throws {
        #expect(errors("rnn(hidden: 4, init: chrono(maxLength: 100))") == ["3:31: chrono initialisation needs gates; an rnn has none"])
        #expect(errors("[gru(hidden: 4), rnn(hidden: 4, init: chrono)]") == ["3:48: chrono initialisation needs gates; an rnn has none"])
        let result = check("{experiment} x", ":task: adding(length: 10)", ":models: rnn(hidden: 4, init: chrono(maxLength: 100))")
        let hint = try #require(result.diagnostics.first?.hint)
        #expect(hint.contains("orthogonal(gain: …)") && hint.contains("gru"))
        #expect(result.diagnostics.first?.length == 6)
    }

    @Test func chronoNeedsARealRange() {
        #expect(errors("lstm(hidden: 4, init: chrono(maxLength: 2))") == ["3:50: value 2 is out of range for 'maxLength'"])
    }

    @Test func registryDocumentsInitOnEveryModel() {
        for model in SchemaRegistry.models where ["rnn", "lstm", "gru"].contains(model.name) {
            let init_ = model.arguments.first { $0.name == "init" }
            #expect(init_?.defaultValue == "pytorch", "\(model.name)")
            #expect(init_?.type.contains("orthogonal(gain:)") == true, "\(model.name)")
            #expect(init_?.type.contains("chrono") == (model.name != "rnn"), "\(model.name)")
        }
        #expect(SchemaRegistry.initializations.first { $0.name == "orthogonal" }?.positional == "gain")
    }
}
