import Foundation
import Testing

/// Directives executed end to end: figures, tables, results, cache, workers,
/// divergence and verification, through the built binary.
@Suite struct ExecutionTests {
    /// `(executed, cached)` from the closing summary.
    func counts(_ run: Run) -> (Int, Int)? {
        guard let line = run.stderr.split(separator: "\n").first(where: { $0.hasPrefix("summary:") }) else { return nil }
        let numbers = line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        return numbers.count >= 3 ? (numbers[1], numbers[2]) : nil
    }

    @Test func pagesShowEveryDirective() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        let run = try Binary.run(["lessons", "-q"], in: ws.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(counts(run)?.0 == 8)
        let page = try #require(ws.read("output/02-directives.html"))
        for number in 1...9 { #expect(page.contains("<span class=\"label\">Figure 2.\(number).</span>"), "Figure 2.\(number)") }
        #expect(page.contains("<aside class=\"claim holds\" id=\"tiny-ran\">"))
        #expect(page.contains("<details class=\"variant\">"))
        #expect(page.contains("<span class=\"label\">Table 2.1.</span>"))
        #expect(page.contains("<figure class=\"figure\" id=\"tiny\">"))
        #expect(page.contains("<a class=\"numref\" href=\"#tiny\">Figure 2.2</a>"))
        #expect(page.contains("<a class=\"numref\" href=\"#tiny-table\">Table 2.1</a>"))
        #expect(page.contains("<svg"))
        #expect(page.contains("role=\"img\""))
        #expect(page.contains("<th>median final test loss</th>"))
        #expect(page.contains("remember"))
        #expect(page.contains("free-running from step 15"))
        #expect(!page.contains("Not executed"))
        // Formulas in captions are MathML too.
        #expect(page.contains("<mfrac><mn>1</mn><mn>6</mn></mfrac>"))
        for file in ["gates.csv", "tiny.csv", "tiny-metrics.csv", "tiny-table.csv", "tiny-flow.csv", "init-flow.csv",
                     "depth-cells.csv", "sine-free.csv"] {
            #expect(ws.exists("output/data/\(file)"), "data/\(file)")
        }
        let manifest = try #require(ws.read("output/manifest.json"))
        #expect(manifest.contains("\"data\" : \"data/tiny.csv\""))
    }

    /// The inline result is the mean of the final losses in the data file.
    @Test func dataFileHoldsThePlottedNumbers() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        #expect(try Binary.run(["lessons", "-q"], in: ws.url).status == 0)
        let csv = try #require(ws.read("output/data/tiny.csv"))
        let rows = csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        let lstm = rows.filter { $0[0] == "LSTM" }
        #expect(lstm.count == 2 * 41)  // 2 seeds × evaluations at steps 0, 1, …, 40
        let finals = ["1", "2"].compactMap { seed in lstm.last { $0[1] == seed }.flatMap { Double($0[3]) } }
        #expect(finals.count == 2)
        let mean = finals.reduce(0, +) / 2  // the median of two seeds
        let page = try #require(ws.read("output/02-directives.html"))
        let shown = try #require(page.range(of: "title=\"finalLoss of LSTM in tiny, over 2 seeds\">").map { page[$0.upperBound...].prefix { $0 != "<" } })
        let value = try #require(Double(shown))
        #expect(abs(value - mean) <= abs(mean) * 0.01)
        #expect(page.contains(">\(shown)<"))
    }

    @Test func cacheRerunsOnlyWhatChanged() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        let first = try Binary.run(["lessons", "-q"], in: ws.url)
        #expect(counts(first)?.0 == 8)
        let second = try Binary.run(["lessons", "-q"], in: ws.url)
        #expect(counts(second).map { [$0.0, $0.1] } == [0, 8])
        let before = ws.snapshot("output")

        // A corrupted entry is detected and recomputed (and nothing else).
        let cache = ws.url.appendingPathComponent(".lessonrun/cache")
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache.path).sorted()
        #expect(entries.count == 8)
        let victim = cache.appendingPathComponent(try #require(entries.first))
        let bytes = try Data(contentsOf: victim)
        try bytes.prefix(bytes.count / 2).write(to: victim)
        let repaired = try Binary.run(["lessons", "-q"], in: ws.url)
        #expect(counts(repaired).map { [$0.0, $0.1] } == [1, 7])
        #expect(ws.snapshot("output") == before)

        // Prose edits re-run nothing.
        let path = "lessons/02-directives.md"
        var text = try #require(ws.read(path))
        text = text.replacingOccurrences(of: "Every directive of lessonrun", with: "All the directives of lessonrun")
        try ws.write(path, text)
        let prose = try Binary.run(["lessons", "-q"], in: ws.url)
        #expect(counts(prose)?.0 == 0)

        // Reformatting options changes nothing either.
        text = text.replacingOccurrences(of: ":steps: 30\n:batch: 8\n:seeds: 1\nA counter", with: ":batch:   8\n:steps: 30\n:seeds: 1\nA counter")
        try ws.write(path, text)
        #expect(counts(try Binary.run(["lessons", "-q"], in: ws.url))?.0 == 0)

        // A new step count re-runs that experiment, its variant and the directive that reads it.
        text = text.replacingOccurrences(of: ":steps: 40", with: ":steps: 20")
        try ws.write(path, text)
        let edited = try Binary.run(["lessons", "-q"], in: ws.url)
        #expect(counts(edited).map { [$0.0, $0.1] } == [3, 5])
        #expect(ws.snapshot("output") != before)

        // --no-cache runs everything and writes nothing to the cache; clean empties it.
        let uncached = try Binary.run(["lessons", "-q", "--no-cache"], in: ws.url)
        #expect(counts(uncached).map { [$0.0, $0.1] } == [8, 0])
        #expect(try Binary.run(["clean", "lessons"], in: ws.url).status == 0)
        #expect(!FileManager.default.fileExists(atPath: cache.path))
    }

    @Test func oneOrTwoWorkersBuildTheSameSite() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        #expect(try Binary.run(["lessons", "-q", "--no-cache", "--jobs", "1", "--out", "one"], in: ws.url).status == 0)
        #expect(try Binary.run(["lessons", "-q", "--no-cache", "--jobs", "2", "--out", "two"], in: ws.url).status == 0)
        let one = ws.snapshot("one"), two = ws.snapshot("two")
        #expect(one.count > 10)
        #expect(one == two)
    }

    /// A gradient that underflows to exactly 0 vanished: the figure draws
    /// the rest of the curve and says so, rather than calling it divergence.
    @Test func vanishedGradientIsANoteNotADivergence() throws {
        let ws = try Workspace()
        try ws.write("lessons/01-vanish.md", """
            # Vanishing

            ```{gradient-flow} vanish
            :models: [rnn(hidden: 8, init: orthogonal(gain: 0.3), label: "RNN gain 0.3")]
            :task: adding(length: 200)
            :when: [init]
            :seeds: 1...2
            The gradient shrinks by a factor of about 0.3 per step back.
            ```
            """)
        let run = try Binary.run(["lessons", "-q", "--strict"], in: ws.url)
        #expect(run.status == 0, "\(run.stderr)")
        let page = try #require(ws.read("output/01-vanish.html"))
        #expect(page.contains("class=\"figure-note\">“RNN gain 0.3”: the gradient underflowed to exactly 0 at step"))
        #expect(!page.contains("diverged"))
        #expect(page.contains("<svg"))
        let data = try #require(ws.read("output/data/vanish.csv"))
        #expect(data.contains(",0.0\n"), "the data file keeps the zeros")
    }

    @Test func divergenceIsAWarningInThePage() throws {
        let ws = try Workspace()
        try ws.copyFixture("diverging")
        let run = try Binary.run(["lessons", "-q"], in: ws.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("warning: model 'RNN' diverged in experiment 'boom': seed 1 at step"))
        let page = try #require(ws.read("output/01-diverge.html"))
        #expect(page.contains("class=\"warning\">Model “RNN” diverged (seed 1 at step"))
        let strict = try Binary.run(["lessons", "-q", "--strict", "--out", "strict"], in: ws.url)
        #expect(strict.status == 1)
        #expect(!ws.exists("strict"))
    }

    @Test func verifyReexecutesAndNamesWhatDiffers() throws {
        let ws = try Workspace()
        try ws.copyFixture("course")
        #expect(try Binary.run(["lessons", "-q"], in: ws.url).status == 0)
        let pass = try Binary.run(["verify", "lessons", "-q"], in: ws.url)
        #expect(pass.status == 0, "\(pass.stderr)")
        #expect(pass.stderr.contains("verify: directives executed: 8;"))
        #expect(pass.stderr.contains("reproduced  Figure 2.2 (tiny) data/tiny.csv"))
        #expect(!pass.stderr.contains("DIFFERS"))

        let manifestPath = "output/manifest.json"
        let manifest = try #require(ws.read(manifestPath))
        let hash = try #require(manifest.range(of: #""sha256" : "[0-9a-f]{64}""#, options: .regularExpression))
        // The first entry is Figure 2.1, the function plot.
        try ws.write(manifestPath, manifest.replacingCharacters(in: hash, with: "\"sha256\" : \"" + String(repeating: "0", count: 64) + "\""))
        let fail = try Binary.run(["verify", "lessons", "-q"], in: ws.url)
        #expect(fail.status == 1)
        #expect(fail.stderr.contains("DIFFERS     Figure 2.1 (gates) data/gates.csv"))
    }

    /// The same model, task, options and seed in two experiments is trained once and shared.
    @Test func identicalRunsAreTrainedOnce() throws {
        let ws = try Workspace()
        let experiment = { (name: String, label: String, extra: String) in
            """
            ```{experiment} \(name)
            :task: adding(length: 8)
            :models: [lstm(hidden: 4, label: "\(label)")\(extra)]
            :steps: 20
            :seeds: 1...2
            Loss.
            ```

            """
        }
        try ws.write("lessons/01-shared.md", "# Shared\n\n" + experiment("a", "first", "") + experiment("b", "second", ", gru(hidden: 4)"))
        let run = try Binary.run(["lessons", "--jobs", "1"], in: ws.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("[4/4]") && !run.stderr.contains("[5/"), "2 LSTM seeds shared + 2 GRU seeds: \(run.stderr)")
        let a = try #require(ws.read("output/data/a.csv")), b = try #require(ws.read("output/data/b.csv"))
        let rows = { (csv: String, label: String) in
            csv.split(separator: "\n").filter { $0.hasPrefix(label + ",") }.map { $0.dropFirst(label.count) }
        }
        #expect(!rows(a, "first").isEmpty && rows(a, "first") == rows(b, "second"), "the shared runs have the same numbers")
    }
}
