import Testing
@testable import Lessons

@Suite("Diagnostics: a full report")
struct ReportExampleTests {
    @Test func reportOfABrokenExperiment() {
        let text = """
        ```{experiment} forget-bias
        :task: adding(length: 100)
        :models: [lstm(hidden: 32), lstm(hidden: 100000000)]
        :epoch: 3
        ```
        """
        let source = SourceFile(path: "lessons/03-lstm.md", text: text)
        let block = FencedBlock(info: "{experiment} forget-bias", at: source.location(1, 4),
                                lines: (2...4).compactMap { n in source.line(n).map { SourceLine($0, at: source.location(n, 1)) } })
        let report = DiagnosticReport(diagnostics: DirectiveParser.parse(block).diagnostics, sources: [source.path: source])
        #expect(report.rendered() == """
            lessons/03-lstm.md:3:42: error: value 100000000 is out of range for 'hidden'
            :models: [lstm(hidden: 32), lstm(hidden: 100000000)]
                                                     ^~~~~~~~~
            hint: 'hidden' must lie in 1...1024
            lessons/03-lstm.md:4:2: error: unknown option 'epoch'; did you mean 'steps'?
            :epoch: 3
             ^~~~~
            hint: training length is counted in optimiser steps: ':steps: 1000'

            """)
    }
}
