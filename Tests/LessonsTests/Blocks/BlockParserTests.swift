import Testing
@testable import Lessons

@Suite("Directive blocks: info string, options, continuation lines, caption")
struct BlockParserTests {
    @Test func designExample() throws {
        let input = block("{experiment} forget-bias",
                          ":task: adding(length: 100)",
                          ":models: [lstm(hidden: 32, forgetBias: 0), lstm(hidden: 32, forgetBias: 1),",
                          "          lstm(hidden: 32, init: chrono(maxLength: 100)), gru(hidden: 32)]",
                          ":steps: 1500",
                          ":optimizer: adam(lr: 0.003)",
                          ":seeds: 1...3",
                          "With forget bias 1 the LSTM leaves the 1/6 plateau",
                          "much sooner than with 0.")
        let (directive, diagnostics) = BlockParser.parse(input)
        #expect(diagnostics.isEmpty)
        let raw = try #require(directive)
        #expect(raw.kind == "experiment")
        #expect(raw.kindRange.start == location(1, 5))
        #expect(raw.argument == "forget-bias")
        #expect(raw.argumentRange?.start == location(1, 17))
        #expect(raw.options.map(\.key) == ["task", "models", "steps", "optimizer", "seeds"])
        #expect(raw.options[1].keyRange.start == location(3, 2))
        guard case .array(let models) = raw.options[1].value?.kind else { Issue.record("models"); return }
        #expect(models.count == 4)
        #expect(models[2].range.start == location(4, 11))
        #expect(models[3].range.start == location(4, 59))
        #expect(raw.caption?.text == "With forget bias 1 the LSTM leaves the 1/6 plateau\nmuch sooner than with 0.")
        #expect(raw.caption?.location == location(8, 1))
    }

    @Test func blankLineEndsOptionsAndNoCaption() throws {
        let (directive, diagnostics) = BlockParser.parse(block("{table}  results ", "", ":experiment: x", "", "", "Caption.", ""))
        #expect(diagnostics.isEmpty)
        let raw = try #require(directive)
        #expect(raw.argument == "results")
        #expect(raw.options.map(\.key) == ["experiment"])
        #expect(raw.caption?.text == "Caption.")
        let (bare, _) = BlockParser.parse(block("{diagram}lstm"))
        #expect(bare?.argument == "lstm" && bare?.options.isEmpty == true && bare?.caption == nil)
    }

    @Test func tabIndentedContinuation() throws {
        let (directive, diagnostics) = BlockParser.parse(block("{x}", ":a: [1,", "\t2]"))
        #expect(diagnostics.isEmpty)
        guard case .array(let items) = directive?.options.first?.value?.kind else { Issue.record("array"); return }
        #expect(items.last?.range.start == location(3, 2))
    }

    @Test func malformedBlocks() {
        #expect(describe(BlockParser.parse(block("{experiment forget-bias")).diagnostics)
                == ["1:15: expected '}' after the directive kind, found ' '"])
        #expect(describe(BlockParser.parse(block("{} x")).diagnostics) == ["1:4: missing directive kind in '{}'"])
        #expect(describe(BlockParser.parse(block("{x}", ":steps 1500")).diagnostics)
                == ["2:7: malformed option line: expected ':' after the option name 'steps', found ' '"])
        #expect(describe(BlockParser.parse(block("{x}", ":: 3")).diagnostics)
                == ["2:2: malformed option line: expected an option name after ':', found ':'"])
        #expect(describe(BlockParser.parse(block("{x}", ":steps:   ")).diagnostics) == ["2:8: option 'steps' has no value"])
        #expect(describe(BlockParser.parse(block("{x}", ":steps: 1", "Caption", ":batch: 3")).diagnostics)
                == ["4:1: option line after the caption has started"])
        #expect(describe(BlockParser.parse(block("{x}", ":models: [a,", "   b", "c]")).diagnostics)
                == ["2:10: '[' is never closed"])
    }

    @Test func duplicateOptionPointsAtSecondWithNote() throws {
        let diagnostics = BlockParser.parse(block("{x}", ":steps: 1", ":batch: 2", ":steps: 3")).diagnostics
        #expect(describe(diagnostics) == ["4:2: duplicate option 'steps'"])
        #expect(diagnostics.first?.notes.first?.location == location(2, 2))
        #expect(diagnostics.first?.length == 5)
    }

    @Test func valueErrorsKeepTheirLocationsAcrossContinuationLines() {
        let diagnostics = BlockParser.parse(block("{x}", ":models: [lstm(hidden: 32),", "          lstm(hidden: 1e999)]")).diagnostics
        #expect(describe(diagnostics) == ["3:24: number '1e999' is out of range"])
    }
}

@Suite("Directive blocks: prose options")
struct ProseOptionTests {
    @Test func altTakesUnquotedProseOverContinuationLines() throws {
        let result = check("{diagram} lstm", ":alt: An LSTM cell: three gates,", "   and a \"cell\" state.", ":names: remember")
        #expect(result.diagnostics.isEmpty)
        let directive = try #require(result.directive)
        #expect(directive.alt == "An LSTM cell: three gates, and a \"cell\" state.")
        #expect(check("{diagram} lstm", ":alt: \"Quoted\\n\"").directive?.alt == "Quoted\n")
    }
}
