import Foundation
import Testing
@testable import Lessons

@Suite("Course scan: directives and roles in real lessons")
struct CourseScanTests {
    @Test func scansLessonsEndToEnd() throws {
        let folder = try LessonsFolder([
            "01-rnn.md": """
            # Vanishing gradients

            ```{experiment} forget-bias
            :task: adding(length: 50)
            :models: [lstm(hidden: 8),
                      lstm(hidden: 8, forgetBias: 1)]
            :steps: 200
            The plateau at 1/6.
            ```

            The LSTM reaches {result}`forget-bias/lstm · forgetBias 1/finalLoss` (see {numref}`forget-bias`).
            """,
            "02-lstm.md": """
            # The LSTM

            > ```{table} losses
            > :experiment: forget-bias
            > :metrics: [finalLoss, bestLos]
            > ```

            - Plot: {numref}`los`

            ```{experiment} forget-bias
            :task: adding(length: 50)
            :models: lstm(hidden: 3)
            :epoch: 3
            ```

            ```python
            print("not a directive")
            ```
            """,
        ])
        let course = try #require(folder.load().course)
        let scan = CourseScan(lessons: course.lessons)
        let found = scan.diagnostics.map { "\(($0.location.path as NSString).lastPathComponent):\($0.location.line):\($0.location.column): \($0.message)" }
        #expect(found == [
            "02-lstm.md:5:25: unknown value 'bestLos' for 'metrics'; did you mean 'bestLoss'?",
            "02-lstm.md:13:2: unknown option 'epoch'; did you mean 'steps'?",
            "02-lstm.md:10:17: duplicate name 'forget-bias'",
            "02-lstm.md:8:18: unknown figure 'los'; did you mean 'losses'?",
        ])
        #expect(scan.directives.directive(named: "forget-bias")?.caption?.text == "The plateau at 1/6.")
    }

    @Test func textFilesMustExist() throws {
        let folder = try LessonsFolder([
            "corpus.txt": "some text to learn from",
            "a.md": "```{experiment} t\n:task: text(file: \"missing.txt\", length: 5)\n:models: gru(hidden: 4)\n```\n\n```{experiment} u\n:task: text(file: \"corpus.txt\", length: 5)\n:models: gru(hidden: 4)\n```\n",
        ])
        let course = try #require(folder.load().course)
        #expect(describe(CourseScan(course: course).diagnostics) == ["2:8: text file 'missing.txt' not found"])
    }
}
