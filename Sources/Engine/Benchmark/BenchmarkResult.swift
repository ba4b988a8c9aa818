/// One measured row of `lessonrun bench`.
public struct BenchmarkResult: Sendable, Hashable {
    public var benchmarkCase: BenchmarkCase
    /// The threads the engine computed with.
    public var threads: Int
    /// The median time of one step (one training update or one forward pass).
    public var secondsPerStep: Double
    /// Sequence-steps per second: batch × T per `secondsPerStep`.
    public var stepsPerSecond: Double
    /// The products' flops per second, in 10⁹ (see ``BenchmarkCase/forwardFlops(inputSize:)``).
    public var gflops: Double

    public init(
        benchmarkCase: BenchmarkCase, threads: Int, secondsPerStep: Double, stepsPerSecond: Double, gflops: Double
    ) {
        self.benchmarkCase = benchmarkCase
        self.threads = threads
        self.secondsPerStep = secondsPerStep
        self.stepsPerSecond = stepsPerSecond
        self.gflops = gflops
    }

    /// One JSON object on one line, with the fields `bench/torch_bench.py`
    /// writes too: cell, hidden, batch, T, threads, mode, steps_per_s, gflops
    /// (plus `engine` to tell the two apart).
    public func jsonLine(peakGflops: Double? = nil) -> String {
        let c = benchmarkCase
        var fields = [
            "\"engine\":\"lessonrun\"", "\"cell\":\"\(c.cellName)\"", "\"hidden\":\(c.hidden)",
            "\"batch\":\(c.batch)", "\"T\":\(c.steps)", "\"threads\":\(threads)", "\"mode\":\"\(c.mode.rawValue)\"",
            "\"steps_per_s\":\(rounded(stepsPerSecond, 1))", "\"gflops\":\(rounded(gflops, 3))",
        ]
        if let peakGflops, peakGflops > 0 {
            fields.append("\"fraction_of_peak\":\(rounded(gflops / peakGflops, 4))")
        }
        return "{" + fields.joined(separator: ",") + "}"
    }
}

/// `x` with at most `digits` decimals, as a JSON number (finite inputs only).
func rounded(_ x: Double, _ digits: Int) -> String {
    guard x.isFinite else { return "null" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    return "\((x * scale).rounded() / scale)"
}
