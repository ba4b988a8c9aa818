import Testing
@testable import Lessons

/// Each bad input gives exactly the listed diagnostics, `line:col: message`.
@Suite("Schema: bad input")
struct SchemaErrorTests {
    func errors(_ info: String, _ body: String...) -> [String] {
        describe(DirectiveParser.parse(block(info, body)).diagnostics)
    }

    func block(_ info: String, _ body: [String]) -> FencedBlock {
        FencedBlock(info: info, at: location(1, 4), lines: body.enumerated().map { SourceLine($0.element, at: location($0.offset + 2, 1)) })
    }

    let task = ":task: adding(length: 10)"
    let models = ":models: [lstm(hidden: 4)]"

    @Test func unknownDirectiveKind() {
        #expect(errors("{experimnt} x") == ["1:5: unknown directive 'experimnt'; did you mean 'experiment'?"])
        #expect(errors("{figure} x") == ["1:5: unknown directive 'figure'"])
    }

    @Test func missingOrInvalidName() {
        #expect(errors("{experiment}", task, models) == ["1:5: experiment needs a name"])
        #expect(errors("{experiment} forget bias", task, models) == ["1:17: invalid name 'forget bias'"])
        #expect(errors("{experiment} 3d", task, models) == ["1:17: invalid name '3d'"])
        #expect(errors("{diagram}") == ["1:5: diagram needs a cell"])
        #expect(errors("{diagram} lsmt") == ["1:14: unknown cell 'lsmt'; did you mean 'lstm'?"])
        #expect(errors("{diagram} my-cell", ":cell: lsmt") == ["2:8: unknown value 'lsmt' for 'cell'; did you mean 'lstm'?"])
        #expect(errors("{diagram} my cell", ":cell: lstm") == ["1:14: invalid name 'my cell'"])
    }

    @Test func aDiagramWithACellOptionIsNamed() throws {
        let named = DirectiveParser.parse(block("{diagram} lstm-cell", [":cell: gru", ":names: remember"]))
        #expect(named.diagnostics.isEmpty)
        let directive = try #require(named.directive)
        #expect(directive.name == "lstm-cell" && named.declaration?.name == "lstm-cell")
        #expect(directive.content == .diagram(DiagramDirective(cell: .gru, names: .remember)))
        let older = DirectiveParser.parse(block("{diagram} peephole", []))
        #expect(older.directive?.name == nil && older.declaration == nil, "the older form names the cell, not the diagram")
        #expect(older.directive?.content == .diagram(DiagramDirective(cell: .peephole, names: .classic)))
    }

    @Test func unknownOptionWithSuggestions() {
        #expect(errors("{experiment} x", task, models, ":epoch: 3") == ["4:2: unknown option 'epoch'; did you mean 'steps'?"])
        #expect(errors("{experiment} x", task, models, ":step: 3") == ["4:2: unknown option 'step'; did you mean 'steps'?"])
        #expect(errors("{experiment} x", task, models, ":lr: 0.1") == ["4:2: unknown option 'lr'; did you mean 'optimizer'?"])
        #expect(errors("{experiment} x", task, models, ":colour: red") == ["4:2: unknown option 'colour'"])
        #expect(errors("{table} t", ":experiment: x", ":metric: [finalLoss]") == ["3:2: unknown option 'metric'; did you mean 'metrics'?"])
    }

    @Test func unknownModelsTasksAndLabels() {
        #expect(errors("{experiment} x", task, ":models: [lsmt(hidden: 4)]") == ["3:11: unknown model 'lsmt'; did you mean 'lstm'?"])
        #expect(errors("{experiment} x", ":task: add(length: 3)", models) == ["2:8: unknown task 'add'; did you mean 'adding'?"])
        #expect(errors("{experiment} x", task, ":models: [lstm(hiden: 4)]")
                == ["3:16: unknown argument 'hiden' of lstm; did you mean 'hidden'?", "3:11: lstm needs the argument 'hidden'"])
        #expect(errors("{experiment} x", task, ":models: [gru(hidden: 4, forgetBias: 1)]")
                == ["3:26: unknown argument 'forgetBias' of gru"])
        #expect(errors("{experiment} x", task, models, ":optimizer: adamw(lr: 0.1)") == ["4:13: unknown optimizer 'adamw'; did you mean 'adam'?"])
        #expect(errors("{experiment} x", task, ":models: lstm(hidden: 4, init: chrono)") == ["3:32: chrono needs the argument 'maxLength'"])
        #expect(errors("{experiment} x", task, ":models: lstm(4)") == ["3:15: argument of lstm needs a label"])
    }

    @Test func wrongTypes() {
        #expect(errors("{experiment} x", task, models, ":steps: \"many\"") == ["4:9: expected an integer, got a string"])
        #expect(errors("{experiment} x", task, models, ":steps: 1.5") == ["4:9: expected an integer, got a number"])
        #expect(errors("{experiment} x", task, models, ":saveWeights: yes") == ["4:15: unknown value 'yes' for 'saveWeights'"])
        #expect(errors("{experiment} x", task, ":models: 32") == ["3:10: expected a model, got an integer"])
        #expect(errors("{experiment} x", task, models, ":clip: off") == ["4:8: expected a number, got the word 'off'"])
        #expect(errors("{function-plot} f", ":x: 6") == ["2:5: expected a range, got an integer"])
        #expect(errors("{activations} a", ":experiment: \"x\"", ":quantity: forget") == ["2:14: expected a name, got a string"])
        #expect(errors("{activations} a", ":experiment: x", ":quantity: forgot") == ["3:12: unknown value 'forgot' for 'quantity'; did you mean 'forget'?"])
    }

    @Test func outOfRangeAndAbsurdSizes() {
        #expect(errors("{experiment} x", task, ":models: [lstm(hidden: 100000000)]") == ["3:24: value 100000000 is out of range for 'hidden'"])
        #expect(errors("{experiment} x", task, models, ":seeds: 1...100000000") == ["4:9: 100000000 seeds are too many"])
        #expect(errors("{experiment} x", task, models, ":steps: 0") == ["4:9: value 0 is out of range for 'steps'"])
        #expect(errors("{experiment} x", task, models, ":evalEvery: 2000") == ["4:13: value 2000 is out of range for 'evalEvery'"])
        #expect(errors("{experiment} x", ":task: brackets(length: 5, maxDepth: 9)", models) == ["2:38: maxDepth 9 is larger than the length 5"])
        #expect(errors("{experiment} x", task, models, ":seeds: [1, 2, 1]") == ["4:16: seed 1 is given twice"])
        #expect(errors("{experiment} x", task, models, ":seeds: 5...1") == ["4:9: empty range 5...1"])
    }

    @Test func outOfRangeHintGivesTheBounds() throws {
        let result = DirectiveParser.parse(block("{experiment} x", [task, ":models: [lstm(hidden: 100000000)]"]))
        #expect(result.diagnostics.first?.hint == "'hidden' must lie in 1...1024")
        #expect(result.diagnostics.first?.length == 9)
    }

    @Test func totalCostIsBounded() throws {
        let result = DirectiveParser.parse(block("{experiment} huge", [
            ":task: adding(length: 10000)", ":models: [lstm(hidden: 1024)]", ":steps: 1000000", ":batch: 1024"]))
        #expect(describe(result.diagnostics).count == 1)
        let message = try #require(result.diagnostics.first?.message)
        #expect(message.hasPrefix("experiment 'huge' is too expensive: about 5.2e20 floating-point operations, more than the limit of 2.0e13"))
        #expect(result.diagnostics.first?.location == location(1, 5))
    }

    @Test func missingRequiredOptions() {
        #expect(errors("{experiment} x", models) == ["1:5: experiment needs the option 'task'"])
        #expect(errors("{experiment} x") == ["1:5: experiment needs the option 'task'", "1:5: experiment needs the option 'models'"])
        #expect(errors("{table} t") == ["1:5: table needs the option 'experiment'"])
        #expect(errors("{gradient-flow} g", ":models: [rnn(hidden: 3)]") == ["1:5: gradient-flow needs the option 'task'"])
        #expect(errors("{gradient-flow} g") == ["1:5: gradient-flow needs 'experiment' or 'models'"])
    }

    @Test func conflictingOptions() {
        #expect(errors("{gradient-flow} g", ":experiment: x", ":models: [rnn(hidden: 3)]") == ["3:2: gradient-flow takes 'experiment' or 'models', not both"])
        #expect(errors("{gradient-flow} g", ":models: [rnn(hidden: 3)]", task, ":when: [init, trained]") == ["4:15: 'trained' needs an experiment that trains the models"])
        #expect(errors("{activations} a", ":experiment: x", ":quantity: hidden", ":input: \"()\"", ":seed: 3") == ["5:2: activations takes 'input' or 'seed', not both"])
        #expect(errors("{experiment} x", ":task: text(source: \"abc\", file: \"a.txt\", length: 2)", models) == ["2:28: text takes 'source' or 'file', not both"])
        #expect(errors("{experiment} x", task, ":models: [lstm(hidden: 4), lstm(hidden: 4)]") == ["3:28: models 1 and 2 have the same label 'lstm'"])
        #expect(errors("{experiment} x", task, ":models: [lstm(hidden: 4, coupled: true, forgetGate: false)]") == ["3:42: a coupled LSTM needs its forget gate"])
    }

    @Test func duplicateArgumentAndRepeatedList() {
        #expect(errors("{experiment} x", task, ":models: [lstm(hidden: 4, hidden: 5)]") == ["3:27: duplicate argument 'hidden'"])
        #expect(errors("{table} t", ":experiment: x", ":metrics: [finalLoss, finalLoss]") == ["3:23: 'finalLoss' is listed twice"])
        #expect(errors("{activations} a", ":experiment: x", ":quantity: hidden", ":units: [1, 1]") == ["4:13: unit 1 is listed twice"])
    }

    @Test func allErrorsOfABlockInOnePass() {
        #expect(errors("{experiment} x", ":task: adding(length: 0)", ":models: [lstm(hidden: 0)]", ":steps: -1", ":batch: 99999")
                == ["2:23: value 0 is out of range for 'length'", "3:24: value 0 is out of range for 'hidden'",
                    "4:9: value -1 is out of range for 'steps'", "5:9: value 99999 is out of range for 'batch'"])
    }
}
