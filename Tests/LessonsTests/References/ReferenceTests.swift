import Testing
@testable import Lessons

@Suite("References between directives and inline roles")
struct ReferenceTests {
    /// Blocks placed one after another, each info string on its own line.
    func course(_ blocks: [(info: String, body: [String])]) -> (CourseDirectives, [String]) {
        var course = CourseDirectives()
        var diagnostics: [Diagnostic] = []
        var line = 1
        for block in blocks {
            let fenced = FencedBlock(info: block.info, at: location(line, 4),
                                     lines: block.body.enumerated().map { SourceLine($0.element, at: location(line + 1 + $0.offset, 1)) })
            let result = DirectiveParser.parse(fenced)
            diagnostics += result.diagnostics
            diagnostics += course.add(result)
            line += block.body.count + 3
        }
        diagnostics += course.checkReferences()
        return (course, describe(diagnostics))
    }

    let experiment = (info: "{experiment} forget-bias", body: [
        ":task: adding(length: 50)",
        ":models: [lstm(hidden: 8), lstm(hidden: 8, forgetBias: 1), gru(hidden: 8, label: \"GRU\")]",
        ":seeds: 1...2",
    ])

    @Test func validReferencesPass() {
        let (_, diagnostics) = course([experiment,
                                       ("{table} t", [":experiment: forget-bias"]),
                                       ("{activations} a", [":experiment: forget-bias", ":model: \"lstm · forgetBias 1\"", ":quantity: forget", ":units: [1, 8]"]),
                                       ("{prediction} p", [":experiment: forget-bias", ":model: 3"]),
                                       ("{gradient-flow} g", [":experiment: forget-bias", ":seeds: 2", ":task: adding(length: 200)"])])
        #expect(diagnostics.isEmpty)
    }

    @Test func duplicateNamesPointAtTheSecondWithANote() throws {
        var course = CourseDirectives()
        let first = DirectiveParser.parse(FencedBlock(info: "{function-plot} gates", at: location(1, 4), lines: []))
        let second = DirectiveParser.parse(FencedBlock(info: "{table}   gates", at: location(9, 4), lines: [SourceLine(":experiment: x", at: location(10, 1))]))
        #expect(course.add(first).isEmpty)
        let diagnostics = course.add(second)
        #expect(describe(diagnostics) == ["9:14: duplicate name 'gates'"])
        #expect(diagnostics.first?.notes.first?.location == location(1, 20))
        #expect(diagnostics.first?.notes.first?.message == "'gates' is first defined here")
    }

    @Test func unknownAndWrongKindReferences() {
        #expect(course([experiment, ("{table} t", [":experiment: forget-bais"])]).1
                == ["8:14: unknown experiment 'forget-bais'; did you mean 'forget-bias'?"])
        #expect(course([("{function-plot} f", []), ("{table} t", [":experiment: f"])]).1
                == ["5:14: 'f' is a function-plot, not an experiment"])
    }

    @Test func invalidExperimentDoesNotCascade() {
        let broken = (info: "{experiment} e", body: [":task: adding(length: 0)", ":models: [lstm(hidden: 4)]"])
        #expect(course([broken, ("{table} t", [":experiment: e"])]).1 == ["2:23: value 0 is out of range for 'length'"])
    }

    @Test func modelReferences() {
        #expect(course([experiment, ("{prediction} p", [":experiment: forget-bias", ":model: 4"])]).1
                == ["9:9: experiment 'forget-bias' has 3 models; there is no model 4"])
        #expect(course([experiment, ("{activations} a", [":experiment: forget-bias", ":model: \"gru\"", ":quantity: hidden"])]).1
                == ["9:9: experiment 'forget-bias' has no model labelled 'gru'; did you mean 'GRU'?"])
        #expect(course([experiment, ("{activations} a", [":experiment: forget-bias", ":model: 3", ":quantity: forget"])]).1
                == ["10:12: model 'GRU' has no 'forget'"])
        #expect(course([experiment, ("{activations} a", [":experiment: forget-bias", ":quantity: hidden", ":units: [2, 9]"])]).1
                == ["10:9: unit 9 does not exist in a model with 8 hidden units"])
        #expect(course([experiment, ("{activations} a", [":experiment: forget-bias", ":quantity: hidden", ":input: \"abc\""])]).1
                == ["10:9: the adding task has no symbols to write as a string"])
        #expect(course([experiment, ("{prediction} p", [":experiment: forget-bias", ":freeRun: 10"])]).1
                == ["9:11: the adding task does not predict its next input, so a model cannot run free"])
        #expect(course([experiment, ("{gradient-flow} g", [":experiment: forget-bias", ":seeds: 7"])]).1
                == ["9:9: seed 7 is not one of the experiment's seeds"])
        #expect(course([experiment, ("{gradient-flow} g", [":experiment: forget-bias", ":task: copy(length: 5)"])]).1
                == ["9:8: the task must be adding like the experiment's, not copy"])
    }

    @Test func correlatedUnitsAreCheckedAgainstTheTaskAndModel() {
        let brackets = (info: "{experiment} counting", body: [
            ":task: brackets(length: 20, maxDepth: 4)",
            ":models: [lstm(hidden: 8), gru(hidden: 8)]",
        ])
        #expect(course([brackets, ("{activations} a", [":experiment: counting", ":quantity: hidden",
                                                        ":units: correlated(depth, count: 3, by: cellState)", ":scale: row"])]).1.isEmpty)
        #expect(course([experiment, ("{activations} a", [":experiment: forget-bias", ":quantity: hidden", ":units: correlated(depth)"])]).1
                == ["10:9: the adding task has no bracket depth to correlate with"])
        #expect(course([experiment, ("{activations} a", [":experiment: forget-bias", ":quantity: hidden",
                                                         ":units: correlated(position, count: 9)"])]).1
                == ["10:9: correlated(…, count: 9) asks for more units than the model's 8"])
        #expect(course([brackets, ("{activations} a", [":experiment: counting", ":model: 2", ":quantity: hidden",
                                                        ":units: correlated(depth, by: cellState)"])]).1
                == ["10:9: model 'gru' has no 'cellState' to rank its units by"])
    }

    @Test func resultRoles() throws {
        let (course, diagnostics) = course([experiment, ("{function-plot} gates", [])])
        #expect(diagnostics.isEmpty)
        let ok = course.checkRole("result", content: "forget-bias/lstm · forgetBias 1/finalLoss", at: location(20, 10))
        #expect(ok.diagnostics.isEmpty)
        #expect(ok.role == .result(ResultReference(experiment: "forget-bias", modelIndex: 1, modelLabel: "lstm · forgetBias 1", metric: .finalLoss)))
        #expect(course.checkRole("result", content: " forget-bias / 3 / parameters ", at: location(20, 10)).role
                == .result(ResultReference(experiment: "forget-bias", modelIndex: 2, modelLabel: "GRU", metric: .parameters)))

        func errors(_ content: String) -> [String] {
            describe(course.checkRole("result", content: content, at: location(20, 10)).diagnostics)
        }
        #expect(errors("forget-bias/lstm") == ["20:10: a {result} role has three parts, experiment/model/metric"])
        #expect(errors("forget/lstm/finalLoss") == ["20:10: unknown experiment 'forget'; did you mean 'forget-bias'?"])
        #expect(errors("forget-bias/lstm/finalLos") == ["20:27: unknown metric 'finalLos'; did you mean 'finalLoss'?"])
        #expect(errors("forget-bias/lstn/finalLoss") == ["20:22: experiment 'forget-bias' has no model labelled 'lstn'; did you mean 'lstm'?"])
        #expect(errors("forget-bias/0/bestLoss") == ["20:22: experiment 'forget-bias' has 3 models; there is no model 0"])
        #expect(errors("gates/1/bestLoss") == ["20:10: 'gates' is a function-plot, not an experiment"])
    }

    @Test func numrefAndUnknownRoles() {
        let (course, _) = course([experiment, ("{function-plot} gates", [])])
        #expect(course.checkRole("numref", content: "gates", at: location(3, 9)).role == .numref(name: "gates"))
        #expect(describe(course.checkRole("numref", content: "gate", at: location(3, 9)).diagnostics)
                == ["3:9: unknown figure 'gate'; did you mean 'gates'?"])
        // "{reslt}`x`" with the content at column 9: the name starts at column 2.
        #expect(describe(course.checkRole("reslt", content: "x", at: location(3, 9)).diagnostics)
                == ["3:2: unknown role '{reslt}'; did you mean 'result'?"])
    }
}
