/// Measures the engine's throughput on the adding problem (`lessonrun bench`).
///
/// Every repetition runs one full step on the same batch — forward, loss,
/// BPTT and an Adam update for training; the forward pass for inference —
/// after untimed warm-up steps, and the median repetition is reported, so a
/// few slow repetitions on a busy machine do not move the figure.
public enum Benchmark {
    /// Times `benchmarkCase`.
    /// - Parameters:
    ///   - threads: ``EngineThreads/count`` for the products.
    ///   - warmUp: untimed steps first (caches, page faults, allocator).
    ///   - repetitions: timed steps; the median is reported.
    public static func run(
        _ benchmarkCase: BenchmarkCase, threads: Int = 1, warmUp: Int = 2, repetitions: Int = 7
    ) throws(EngineError) -> BenchmarkResult {
        guard repetitions >= 1, warmUp >= 0, threads >= 1 else {
            throw .invalidParameter(
                "repetitions and threads must be ≥ 1 and warm-up ≥ 0, got \(repetitions), \(threads) and \(warmUp)")
        }
        let result = EngineThreads.$count.withValue(threads) {
            Result { () throws(EngineError) in try measure(benchmarkCase, warmUp: warmUp, repetitions: repetitions) }
        }
        var measured = try result.get()
        measured.threads = threads
        return measured
    }

    private static func measure(
        _ benchmarkCase: BenchmarkCase, warmUp: Int, repetitions: Int
    ) throws(EngineError) -> BenchmarkResult {
        let task = try SequenceTask.adding(length: benchmarkCase.steps)
        let spec = ModelSpec(cell: try benchmarkCase.cell(), hidden: benchmarkCase.hidden)
        try spec.validate()
        var model = try RecurrentModel<Float>(
            spec: spec, inputSize: task.inputSize, outputSize: task.outputSize, seed: 1)
        var data = task.generator(seed: 1, split: .training)
        let batch: Batch<Float> = try task.batch(size: benchmarkCase.batch, using: &data)
        let supervision = batch.supervision
        var optimizer = try Optimizer<Float>(.adam(learningRate: 0.001))

        func step() throws(EngineError) {
            switch benchmarkCase.mode {
            case .training:
                let g = try model.gradients(input: batch.inputs, supervision: supervision, inputGradient: false, gradientNorms: false)
                var parameters = model.parameters
                try optimizer.step(parameters: &parameters, gradients: g.gradients)
                model.parameters = parameters
            case .inference:
                _ = try model.forward(batch.inputs)
            }
        }
        for _ in 0..<warmUp { try step() }
        var seconds: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<repetitions {
            let start = clock.now
            try step()
            seconds.append((clock.now - start).seconds)
        }
        seconds.sort()
        let median = seconds.count % 2 == 1
            ? seconds[seconds.count / 2]
            : (seconds[seconds.count / 2 - 1] + seconds[seconds.count / 2]) / 2
        let flops = try benchmarkCase.forwardFlops(inputSize: task.inputSize)
            * (benchmarkCase.mode == .training ? 3 : 1)
        return BenchmarkResult(
            benchmarkCase: benchmarkCase, threads: 1, secondsPerStep: median,
            stepsPerSecond: Double(benchmarkCase.batch * benchmarkCase.steps) / median,
            gflops: flops / median / 1e9)
    }
}

extension Duration {
    /// The duration in seconds, as a Double.
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) * 1e-18
    }
}
