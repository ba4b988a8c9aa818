import Testing
@testable import Lessons

@Suite("Value grammar: robustness")
struct ValueRobustnessTests {
    /// A small deterministic generator, so a failure reproduces.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test func randomInputNeverTrapsAndErrorsPointInsideTheInput() {
        let alphabet = Array("[](),:.-_\"\\ e1 9x\tλ" + "lstm(hidden: 3)...")
        var generator = Generator(state: 42)
        for _ in 0..<3000 {
            let length = generator.next(24)
            let text = String((0..<length).map { _ in alphabet[generator.next(alphabet.count)] })
            switch parseValue(text) {
            case .success(let value):
                #expect(value.range.start.column >= 1)
            case .failure(let diagnostic):
                #expect(diagnostic.location.line == 1)
                #expect(diagnostic.location.column >= 1 && diagnostic.location.column <= text.unicodeScalars.count + 1, "\(text)")
                #expect(!diagnostic.message.isEmpty)
            }
        }
    }

    @Test func randomBlocksNeverTrap() {
        let lines = [":steps: 3", ":models: [lstm(hidden: 3),", "   gru(hidden: 2)]", "", "caption", ":", "::", ":x:", "\t1]", ":task: adding(5"]
        var generator = Generator(state: 7)
        for _ in 0..<500 {
            let body = (0..<generator.next(6)).map { _ in lines[generator.next(lines.count)] }
            let result = DirectiveParser.parse(FencedBlock(info: "{experiment} x", at: location(1, 4),
                                                           lines: body.enumerated().map { SourceLine($0.element, at: location($0.offset + 2, 1)) }))
            #expect(result.directive != nil || !result.diagnostics.isEmpty)
        }
    }

    @Test func longFlatArrayIsFastAndBoundedBySchemas() {
        let many = "[" + Array(repeating: "lstm(hidden: 2)", count: 5000).joined(separator: ", ") + "]"
        let result = check("{experiment} x", ":task: adding(length: 10)", ":models: \(many)")
        #expect(describe(result.diagnostics) == ["3:10: 'models' has 5000 elements"])
    }
}
