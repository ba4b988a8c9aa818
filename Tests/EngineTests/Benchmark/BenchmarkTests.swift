import Foundation
import Testing
@testable import Engine

@Suite struct BenchmarkTests {
    /// The products' flops: 2 · T · B · G·H · (I + H) for the forward pass.
    @Test func forwardFlopsCountEveryGate() throws {
        let lstm = BenchmarkCase(cellName: "lstm", hidden: 32, batch: 32, steps: 100, mode: .training)
        #expect(try lstm.forwardFlops(inputSize: 2) == 2.0 * 100 * 32 * 128 * 34)
        let gru = BenchmarkCase(cellName: "gru", hidden: 8, batch: 2, steps: 5, mode: .inference)
        #expect(try gru.forwardFlops(inputSize: 2) == 2.0 * 5 * 2 * 24 * 10)
        #expect(throws: EngineError.self) { try BenchmarkCase(cellName: "tcn", hidden: 8, mode: .training).cell() }
    }

    /// A tiny row runs, reports consistent figures and the JSON fields the
    /// comparison script reads.
    @Test(arguments: BenchmarkCase.Mode.allCases)
    func tinyRowMeasuresAndPrints(mode: BenchmarkCase.Mode) throws {
        let c = BenchmarkCase(cellName: "lstm", hidden: 8, batch: 4, steps: 10, mode: mode)
        let r = try Benchmark.run(c, threads: 2, warmUp: 1, repetitions: 3)
        #expect(r.threads == 2)
        #expect(r.secondsPerStep > 0)
        #expect(abs(r.stepsPerSecond * r.secondsPerStep - 40) < 1e-6)
        let line = r.jsonLine(peakGflops: 10)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        for field in ["cell", "hidden", "batch", "T", "threads", "mode", "steps_per_s", "gflops", "fraction_of_peak"] {
            #expect(object[field] != nil, "missing \(field)")
        }
        #expect(object["mode"] as? String == mode.rawValue)
        #expect(throws: EngineError.self) { try Benchmark.run(c, repetitions: 0) }
    }

    /// The peak loop measures something plausible for one core.
    @Test func peakIsPositive() {
        let peak = PeakThroughput.measure(iterations: 200_000, repetitions: 2)
        #expect(peak > 0.1 && peak < 10_000)
    }
}
