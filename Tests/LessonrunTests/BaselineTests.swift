import Foundation
import Testing

/// Persistence and least-squares autoregression as models of an experiment, end to end.
@Suite struct BaselineTests {
    static let experiment = """
        ```{experiment} sine
        :task: dampedSine(length: 30, period: 10, decay: 0.02)
        :models: [lstm(hidden: 4, label: "LSTM"), persistence, ar(order: 2, label: "AR(2)")]
        :steps: 40
        :batch: 4
        :optimizer: adam(lr: 0.03)
        :seeds: 1...3
        Loss.
        ```
        """

    @Test func baselinesRunInExperimentsTablesPredictionsAndClaims() throws {
        let ws = try Workspace()
        try ws.write("lessons/01-sine.md", """
            # Sine

            \(Self.experiment)

            ```{table} t
            :experiment: sine
            :metrics: [finalLoss, parameters]
            ```

            ```{prediction} p
            :experiment: sine
            :model: "AR(2)"
            :freeRun: 10
            AR(2) running free.
            ```

            ```{claim} exact
            :experiment: sine
            :holds: max(finalLoss("AR(2)")) < 0.1 * min(finalLoss("persistence")) and seeds("AR(2)") == 3
            The sine is an order-2 recurrence: only the first step, read alone, is a guess.
            ```

            ```{claim} ar-beats-lstm
            :experiment: sine
            :holds: median(finalLoss("AR(2)")) < median(finalLoss("LSTM"))
            :test: rankSum(level: 0.1)
            Twenty steps leave the LSTM far behind.
            ```

            AR(2) fits {result}`sine/AR(2)/parameters` numbers.
            """)
        let run = try Binary.run(["lessons", "-q", "--strict"], in: ws.url)
        #expect(run.status == 0, "\(run.stderr)")
        let page = try #require(ws.read("output/01-sine.html"))
        #expect(page.contains("<aside class=\"claim holds\" id=\"exact\">"))
        #expect(page.contains("<aside class=\"claim holds\" id=\"ar-beats-lstm\">"))
        // Orders 1 and 2: (1 + 1) + (2 + 1) numbers; persistence fits none.
        #expect(page.contains(">5</span> numbers"), "the parameters role")
        let table = try #require(ws.read("output/data/t.csv"))
        #expect(table.contains("persistence") && table.contains("AR(2)"))
        let prediction = try #require(ws.read("output/data/p.csv"))
        let rows = prediction.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        #expect(rows.count == 30)
        // Running free, AR(2) still follows the noise-free sine to rounding.
        for row in rows.suffix(10) {
            guard row.count >= 3, let target = Double(row[1]), let predicted = Double(row[2]) else { Issue.record("\(row)"); continue }
            #expect(abs(target - predicted) < 1e-5, "\(row)")
        }
    }

    @Test func aBaselineWhereItCannotRunIsALocatedError() throws {
        let ws = try Workspace()
        try ws.write("lessons/01-bad.md", """
            # Bad

            ```{experiment} adding
            :task: adding(length: 10)
            :models: [lstm(hidden: 4), persistence]
            ```

            \(Self.experiment)

            ```{gradient-flow} g
            :models: [lstm(hidden: 4), ar(order: 2)]
            :task: dampedSine(length: 30, period: 10, decay: 0)
            ```

            ```{activations} a
            :experiment: sine
            :model: "persistence"
            :quantity: hidden
            ```

            ```{trace} tr
            :experiment: sine
            :models: ["AR(2)"]
            ```

            ```{claim} c
            :experiment: sine
            :holds: median(maxGradNorm("AR(2)")) > 0
            ```

            ```{experiment} zero
            :task: dampedSine(length: 30, period: 10, decay: 0)
            :models: [ar(order: 0)]
            ```
            """)
        let run = try Binary.run(["check", "lessons"], in: ws.url)
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        let expected = [
            "01-bad.md:5:28: error: persistence cannot run on adding",
            "01-bad.md:19:28: error: ar(order: 2) is a baseline: it has no gradients",
            "01-bad.md:25:9: error: model 'persistence' is a baseline: it has no hidden units or gates to show",
            "01-bad.md:31:10: error: model 'AR(2)' is a baseline: it has no training to trace",
            "01-bad.md:36:28: error: model 'AR(2)' is a baseline: it has no training for maxGradNorm to read",
            "01-bad.md:41:21: error: value 0 is out of range for 'order'",
        ]
        for message in expected {
            #expect(lines.contains { $0.hasSuffix(message) || $0.contains(message) }, "\(message)\n\(run.stderr)")
        }
    }

    static let text = """
        ```{experiment} chars
        :task: text(source: "the cat sat on the mat and the rat sat on the hat. the cat and the rat ran.", length: 12)
        :models: [lstm(hidden: 8, label: "LSTM"), unigram, bigram]
        :steps: 30
        :batch: 4
        :optimizer: adam(lr: 0.02)
        :seeds: 1...3
        Loss in nats.
        ```
        """

    @Test func textMetricsInTablesRolesAndClaims() throws {
        let ws = try Workspace()
        try ws.write("lessons/01-text.md", """
            # Text

            \(Self.text)

            ```{table} t
            :experiment: chars
            :metrics: [finalLoss, accuracy, bitsPerCharacter]
            ```

            ```{claim} bigram-bits
            :experiment: chars
            :holds: median(bitsPerCharacter("bigram")) < median(bitsPerCharacter("unigram")) and min(accuracy("bigram")) > 0
            The bigram needs fewer bits per character.
            ```

            The bigram needs {result}`chars/bigram/bitsPerCharacter` bits per character.
            """)
        let run = try Binary.run(["lessons", "-q", "--strict"], in: ws.url)
        #expect(run.status == 0, "\(run.stderr)")
        let table = try #require(ws.read("output/data/t.csv"))
        let rows = table.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        #expect(rows.first == ["model", "finalLoss", "accuracy", "bitsPerCharacter"])
        for row in rows.dropFirst() {
            guard row.count == 4, let nats = Double(row[1]), let accuracy = Double(row[2]), let bits = Double(row[3]) else {
                Issue.record("\(row)"); continue
            }
            #expect(abs(bits - nats / 0.693_147_180_559_945_3) < 1e-9 * bits, "bits are nats ÷ ln 2: \(row)")
            #expect(accuracy > 0 && accuracy <= 1)
        }
        let page = try #require(ws.read("output/01-text.html"))
        #expect(page.contains("<aside class=\"claim holds\" id=\"bigram-bits\">"))
        #expect(page.contains("median final accuracy") && page.contains(" %</td>"))
    }

    @Test func aMetricATaskDoesNotHaveIsALocatedError() throws {
        let ws = try Workspace()
        try ws.write("lessons/01-bad.md", """
            # Bad

            \(Self.experiment)

            ```{table} t
            :experiment: sine
            :metrics: [finalLoss, accuracy]
            ```

            ```{claim} c
            :experiment: sine
            :holds: median(bitsPerCharacter("AR(2)")) < 1
            ```

            The LSTM's accuracy: {result}`sine/LSTM/accuracy`.
            """)
        let run = try Binary.run(["check", "lessons"], in: ws.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("01-bad.md:15:11: error: 'accuracy': the dampedSine task predicts values, not classes, so it has no accuracy"), "\(run.stderr)")
        #expect(run.stderr.contains("01-bad.md:20:33: error: bits per character are for text tasks; dampedSine is not one"), "\(run.stderr)")
        #expect(run.stderr.contains("error: the dampedSine task predicts values, not classes, so it has no accuracy"), "\(run.stderr)")
    }
}
