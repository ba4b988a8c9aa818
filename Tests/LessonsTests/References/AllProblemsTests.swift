import Markdown
import Testing
@testable import Lessons

/// A directive with several problems reports every one, its reference included.
@Suite struct AllProblemsTests {
    func diagnostics(_ text: String) -> [String] {
        let scan = CourseScan([(path: testPath, blocks: MarkdownParser.parse(text).blocks)])
        return describe(scan.diagnostics)
    }

    @Test func unknownOptionMissingOptionAndUnknownExperiment() {
        let found = diagnostics("""
        ```{activations} gates
        :experiment: nosuch
        :quantity: forget
        :colour: red
        Gates.
        ```

        """)
        #expect(found.contains { $0.hasPrefix("4:2: unknown option 'colour'") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("2:14: unknown experiment 'nosuch'") }, "\(found)")
    }

    @Test func referenceToAFigureThatIsNotAnExperiment() {
        let found = diagnostics("""
        ```{function-plot} curve
        :functions: [sigmoid]
        ```

        ```{table} t
        :experiment: curve
        :metrics: [nonsense]
        ```

        """)
        #expect(found.contains { $0.contains("'curve' is a function-plot, not an experiment") }, "\(found)")
        #expect(found.count >= 2, "\(found)")
    }

    /// An invalid experiment is named by its declaration: no cascade of errors.
    @Test func aBrokenExperimentIsNotUnknown() {
        let found = diagnostics("""
        ```{experiment} e
        :task: adding(length: 10)
        :models: [lstm(hiden: 4)]
        ```

        ```{table} t
        :experiment: e
        :colour: red
        ```

        """)
        #expect(!found.contains { $0.contains("unknown experiment") }, "\(found)")
        #expect(found.contains { $0.contains("unknown option 'colour'") }, "\(found)")
    }
}
