import Foundation
import Testing

/// Claims, outcomes over seeds, variants, seed offsets and initial weights, end to end.
@Suite struct ClaimTests {
    /// Two LSTMs on a short adding problem: the forget bias 0 model, and a
    /// 'bias 3' model, over six seeds. Small enough for a debug build.
    static func lesson(holds: String, test: String = "") -> String {
        """
        # Claims

        ```{experiment} fb
        :task: adding(length: 12)
        :models: [lstm(hidden: 6, forgetBias: 0, label: "bias 0"), lstm(hidden: 6, forgetBias: 3, label: "bias 3"),
                  lstm(hidden: 6, init: chrono(maxLength: 12), label: "chrono")]
        :steps: 60
        :batch: 8
        :optimizer: adam(lr: 0.02)
        :seeds: 1...6
        :saveWeights: [init]
        Loss.
        ```

        ```{claim} c
        :experiment: fb
        :holds: \(holds)
        \(test)
        The claim's sentence.
        ```

        As {claim}`c` says, {result}`fb/bias 3/solved` seeds solved.
        """
    }

    @Test func aHoldingClaimIsMarkedCheckedWithItsNumbers() throws {
        let ws = try Workspace()
        try ws.write("lessons/01-claims.md", Self.lesson(holds: "seeds(\"bias 3\") == 6 and solved(\"bias 3\") <= seeds(\"bias 3\")"))
        let run = try Binary.run(["lessons", "-q", "--strict"], in: ws.url)
        #expect(run.status == 0, "\(run.stderr)")
        let page = try #require(ws.read("output/01-claims.html"))
        #expect(page.contains("<aside class=\"claim holds\" id=\"c\">"))
        #expect(page.contains("✓ Checked"))
        #expect(page.contains("seeds(&quot;bias 3&quot;) = 6") || page.contains("seeds(\"bias 3\") = 6"))
        #expect(page.contains("class=\"claim-ref holds\" href=\"#c\""))
        #expect(page.contains(" of 6</span> seeds solved"))
        #expect(ws.read("output/data/c.txt")?.contains("holds") == true)
    }

    @Test func aFailingClaimIsALocatedWarningAndAnErrorUnderStrictAlsoFromTheCache() throws {
        let ws = try Workspace()
        try ws.write("lessons/01-claims.md", Self.lesson(holds: "solved(\"bias 3\") > seeds(\"bias 3\")"))
        let cold = try Binary.run(["lessons", "-q"], in: ws.url)
        #expect(cold.status == 0)
        #expect(cold.stderr.contains("01-claims.md:17:9: warning: claim 'c' does not hold: solved(\"bias 3\") = "), "\(cold.stderr)")
        let page = try #require(ws.read("output/01-claims.html"))
        #expect(page.contains("<aside class=\"claim fails\""))
        // The results now come from the cache: the claim is checked again all the same.
        let warm = try Binary.run(["lessons", "-q", "--strict", "--out", "strict"], in: ws.url)
        #expect(warm.status == 1)
        #expect(warm.stderr.contains("error: claim 'c' does not hold"), "\(warm.stderr)")
        #expect(!ws.exists("strict"))
    }

    @Test func aRankSumClaimCountsUnsolvedSeedsAsNever() throws {
        // With a threshold no seed reaches in 60 steps, every seed ties at +∞:
        // the medians are equal and the one-sided test cannot reject.
        let ws = try Workspace()
        let lesson = Self.lesson(holds: "median(steps(\"bias 3\")) <= median(steps(\"bias 0\"))", test: ":test: rankSum(level: 0.05)")
            .replacingOccurrences(of: ":saveWeights: [init]", with: ":threshold: 0.000001")
        try ws.write("lessons/01-claims.md", lesson)
        let run = try Binary.run(["lessons", "-q"], in: ws.url)
        #expect(run.status == 0)
        #expect(run.stderr.contains("median(steps(\"bias 3\")) = ∞"), "\(run.stderr)")
        #expect(run.stderr.contains("rank-sum test of median(steps(\"bias 3\")) <= median(steps(\"bias 0\")): p = 1"))
        let table = try #require(ws.read("output/data/fb-metrics.csv"))
        #expect(table.contains("bias 3,0.0,"), "solved count 0, a plain number: \(table)")
        #expect(table.contains(",inf,"), "steps to threshold never reached is inf: \(table)")
    }

    @Test func dataFilesHoldPlainNumbers() throws {
        let ws = try Workspace()
        try ws.write("lessons/01-claims.md", Self.lesson(holds: "seeds(\"bias 0\") == 6"))
        #expect(try Binary.run(["lessons", "-q"], in: ws.url).status == 0)
        let table = try #require(ws.read("output/data/fb-metrics.csv"))
        let rows = table.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.first == ["model", "solved", "finalLoss", "bestLoss", "stepsToThreshold", "parameters"])
        for row in rows.dropFirst() {
            #expect(row.count == 6)
            for cell in row.dropFirst() { #expect(Double(cell) != nil, "'\(cell)' is a plain number") }
        }
    }

    @Test func badClaimsAreLocatedErrors() throws {
        let ws = try Workspace()
        try ws.write("lessons/01-claims.md", Self.lesson(holds: "median(steps(\"bias 9\")) < medain(steps(\"bias 0\"))"))
        let run = try Binary.run(["check", "lessons"], in: ws.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("17:35: error: unknown function 'medain'; did you mean 'median'?"), "\(run.stderr)")
        try ws.write("lessons/01-claims.md", Self.lesson(holds: "median(steps(\"bias 9\")) < 3"))
        let model = try Binary.run(["check", "lessons"], in: ws.url)
        #expect(model.stderr.contains("error: 'fb' has no model labelled 'bias 9'; did you mean 'bias 0'?"), "\(model.stderr)")
        try ws.write("lessons/01-claims.md", Self.lesson(holds: "steps(\"bias 3\") < 3"))
        let type = try Binary.run(["check", "lessons"], in: ws.url)
        #expect(type.stderr.contains("is a sample (one value per seed)"), "\(type.stderr)")
    }

    @Test func aVariantInheritsItsBaseAndRendersAsACheck() throws {
        let ws = try Workspace()
        let lesson = Self.lesson(holds: "seeds(\"bias 3\") == 3") .replacingOccurrences(of: ":experiment: fb\n:holds", with: ":experiment: fb-try\n:holds")
            + """


            ```{experiment} fb-try
            :from: fb
            :seeds: 1...3
            With three seeds.
            ```
            """
        try ws.write("lessons/01-claims.md", lesson)
        let run = try Binary.run(["lessons", "-q", "--strict"], in: ws.url)
        #expect(run.status == 0, "\(run.stderr)")
        let page = try #require(ws.read("output/01-claims.html"))
        #expect(page.contains("<details class=\"variant\">\n<summary>What you should see</summary>"))
        let data = try #require(ws.read("output/data/fb-try.csv"))
        #expect(data.contains("chrono,3,60,") && !data.contains("chrono,4,"), "the variant has the base's models and its own seeds")
    }

    @Test func seedOffsetMovesEverySeed() throws {
        let ws = try Workspace()
        try ws.write("lessons/01-claims.md", Self.lesson(holds: "seeds(\"bias 3\") == 6"))
        let run = try Binary.run(["lessons", "-q", "--seed-offset", "100"], in: ws.url)
        #expect(run.status == 0, "\(run.stderr)")
        let data = try #require(ws.read("output/data/fb.csv"))
        #expect(data.contains("bias 0,101,0,") && data.contains("bias 0,106,60,") && !data.contains("bias 0,1,0,"))
        #expect(ws.exists("output/data/fb/model1-seed101-init.safetensors"))
    }

    /// The initial weights published for a plain LSTM are PyTorch's draw; for chrono, the
    /// forget biases are log u with u in [1, Tmax − 1] and the input biases their negatives.
    @Test func publishedInitialWeightsAreWhatTheInitialisationSays() throws {
        let ws = try Workspace()
        try ws.write("lessons/01-claims.md", Self.lesson(holds: "seeds(\"bias 3\") == 6")
            .replacingOccurrences(of: "lstm(hidden: 6, forgetBias: 0, label: \"bias 0\")", with: "lstm(hidden: 6, label: \"bias 0\")"))
        #expect(try Binary.run(["lessons", "-q"], in: ws.url).status == 0)
        let h = 6
        let plain = try Safetensors.read(ws.url.appendingPathComponent("output/data/fb/model1-seed1-init.safetensors"))
        let chrono = try Safetensors.read(ws.url.appendingPathComponent("output/data/fb/model3-seed1-init.safetensors"))
        let bound = Float(1 / Double(h).squareRoot())
        let plainForget = Array(try #require(plain["bias_ih_l0"])[h..<(2 * h)])
        #expect(plainForget.allSatisfy { abs($0) <= bound } && plainForget.contains { $0 != 0 }, "PyTorch's uniform draw, not 0")
        let bih = try #require(chrono["bias_ih_l0"]), bhh = try #require(chrono["bias_hh_l0"])
        let forget = Array(bih[h..<(2 * h)]), input = Array(bih[0..<h])
        let top = Float(log(11.0))
        #expect(forget.allSatisfy { $0 >= 0 && $0 <= top }, "\(forget)")
        #expect(Set(forget).count == h, "drawn per unit")
        #expect(zip(forget, input).allSatisfy { $0 == -$1 })
        #expect(bhh[h..<(2 * h)].allSatisfy { $0 == 0 })
    }

    /// A lesson about exploding gradients states the divergence as a claim: when it holds,
    /// it replaces the divergence warning, so the page builds under --strict.
    @Test func anExpectedDivergenceIsAFindingNotAWarning() throws {
        let ws = try Workspace()
        try ws.copyFixture("diverging")
        let lesson = try #require(ws.read("lessons/01-diverge.md"))
        try ws.write("lessons/01-diverge.md", lesson + """

            ```{claim} it-explodes
            :experiment: boom
            :holds: diverged("RNN") >= 1
            Without clipping, at this learning rate the RNN diverges.
            ```
            """)
        let run = try Binary.run(["lessons", "-q", "--strict"], in: ws.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("diverged in experiment"))
        let page = try #require(ws.read("output/01-diverge.html"))
        #expect(page.contains("<aside class=\"claim holds\""))
        #expect(page.contains("diverged, as the lesson's claim states") && !page.contains("<p class=\"warning\">Model"))
    }

    /// A run that ends far above the baseline is a warning even without a claim.
    @Test func aFinalLossAboveTwiceTheBaselineIsAWarning() throws {
        let ws = try Workspace()
        try ws.write("lessons/01-bad.md", """
            # Bad

            ```{experiment} bad
            :task: adding(length: 6)
            :models: [rnn(hidden: 4, init: orthogonal(gain: 3), label: "RNN")]
            :steps: 2
            :optimizer: sgd(lr: 0.000001)
            :clip: 0
            Loss.
            ```
            """)
        let run = try Binary.run(["lessons", "-q"], in: ws.url)
        #expect(run.status == 0)
        #expect(run.stderr.contains("warning: model 'RNN' ended above twice the baseline"), "\(run.stderr)")
    }
}

/// Reads the Float32 tensors of a safetensors file.
enum Safetensors {
    static func read(_ url: URL) throws -> [String: [Float]] {
        let data = try Data(contentsOf: url)
        let bytes = [UInt8](data)
        let length = bytes[0..<8].enumerated().reduce(0) { $0 | (Int($1.element) << (8 * $1.offset)) }
        let header = try JSONSerialization.jsonObject(with: Data(bytes[8..<(8 + length)])) as? [String: Any] ?? [:]
        var tensors: [String: [Float]] = [:]
        for (name, entry) in header where name != "__metadata__" {
            guard let info = entry as? [String: Any], let offsets = info["data_offsets"] as? [Int], offsets.count == 2 else { continue }
            let start = 8 + length + offsets[0], end = 8 + length + offsets[1]
            tensors[name] = stride(from: start, to: end, by: 4).map { i in
                Float(bitPattern: UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24)
            }
        }
        return tensors
    }
}
