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
}
