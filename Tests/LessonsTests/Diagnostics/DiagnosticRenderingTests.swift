import Testing
@testable import Lessons

@Suite("Diagnostics: suggestions and rendering")
struct DiagnosticRenderingTests {
    @Test func suggestions() {
        #expect(DidYouMean.suggestion(for: "epoch", among: ["epochs", "steps"]) == "epochs")
        #expect(DidYouMean.suggestion(for: "ForgetBias", among: ["forgetBias", "hidden"]) == "forgetBias")
        #expect(DidYouMean.suggestion(for: "lr", among: ["layers", "label"]) == nil)
        #expect(DidYouMean.suggestion(for: "temporal", among: ["adding", "temporalOrder"]) == "temporalOrder")
        #expect(DidYouMean.suggestion(for: "xyz", among: ["adding", "copy"]) == nil)
        #expect(DidYouMean.list(["a", "b", "c"]) == "'a', 'b' or 'c'")
    }

    @Test func renderedWithCaretHintAndNote() {
        let line = "\t:epoch: 3"
        let diagnostic = Diagnostic.error(in: SourceRange(location(4, 3), length: 5), "unknown option 'epoch'; did you mean 'steps'?",
                                          hint: "training length is counted in optimiser steps: ':steps: 1000'")
            .withNote(.init(at: location(2, 1), "the experiment starts here", length: 3))
        let lines = [2: "```{experiment} x", 4: line]
        #expect(diagnostic.rendered(sourceLines: { _, number in lines[number] }) == """
            lesson.md:4:3: error: unknown option 'epoch'; did you mean 'steps'?
             :epoch: 3
              ^~~~~
            hint: training length is counted in optimiser steps: ':steps: 1000'
            lesson.md:2:1: note: the experiment starts here
            ```{experiment} x
            ^~~
            """)
        #expect(diagnostic.rendered(sourceLine: line).hasSuffix("lesson.md:2:1: note: the experiment starts here"))
    }

    @Test func caretCountsUnicodeScalars() {
        let diagnostic = Diagnostic.error(at: location(1, 4), "x")
        #expect(diagnostic.rendered(sourceLine: "λé✓x") == "lesson.md:1:4: error: x\nλé✓x\n   ^")
    }

    @Test func multiLineRangeUnderlinesOneCharacter() {
        let range = SourceRange(start: location(1, 5), end: location(3, 2))
        #expect(range.caretLength == 1)
        #expect(SourceRange(location(1, 5), length: 4).caretLength == 4)
    }
}
