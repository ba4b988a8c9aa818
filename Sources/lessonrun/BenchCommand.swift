import ArgumentParser
import Engine
import Foundation

/// `lessonrun bench`: the engine's training and inference throughput on the
/// adding problem (see `Engine.Benchmark`), as a table or JSON lines that
/// `bench/compare.py` sets beside PyTorch's.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure training and inference throughput on the adding problem.",
        discussion: """
        Each row times one step — forward, loss, BPTT and an Adam update for training; the \
        forward pass for inference — on a batch of the adding problem (2 inputs), after a \
        warm-up, and reports the median repetition as sequence-steps per second (batch × T per \
        second) and as GFLOP/s of the matrix products, also as a fraction of one core's peak \
        (a measured SIMD multiply-add loop). Compare with PyTorch: bench/compare.py.
        """
    )

    @Option(help: "Comma-separated cells: rnn, lstm, gru.")
    var cells: String = "rnn,lstm,gru"

    @Option(help: "Comma-separated hidden sizes.")
    var hidden: String = "32,64,128,256"

    @Option(help: "Batch size B.")
    var batch: Int = 32

    @Option(name: .customLong("steps"), help: "Sequence length T.")
    var steps: Int = 100

    @Option(help: "Threads for the engine's products (the same bits at any count).")
    var threads: Int = 1

    @Option(help: "Timed repetitions per row (the median is reported).")
    var `repeat`: Int = 7

    @Option(help: "Untimed warm-up steps per row.")
    var warmup: Int = 2

    @Option(help: "Comma-separated modes: training, inference.")
    var modes: String = "training,inference"

    @Flag(help: "Print JSON lines instead of a table.")
    var json = false

    func validate() throws {
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
        guard `repeat` >= 1 else { throw ValidationError("--repeat must be at least 1") }
        guard warmup >= 0 else { throw ValidationError("--warmup must be at least 0") }
        guard batch >= 1, steps >= 2 else { throw ValidationError("--batch must be ≥ 1 and --steps ≥ 2") }
        _ = try parsedCases()
    }

    func run() throws {
        let peak = PeakThroughput.measure()
        if json {
            emit("{\"engine\":\"lessonrun\",\"peak_gflops\":\(String(format: "%.2f", peak)),\"threads\":\(threads)}")
        } else {
            emit("one core's peak (SIMD8<Float> multiply + add, \(EngineBuild.vectorUnit)): " + String(format: "%.1f GFLOP/s", peak))
            emit("cell  hidden  mode        steps/s     ms/step   GFLOP/s  of peak")
        }
        for benchmarkCase in try parsedCases() {
            let result: BenchmarkResult
            do {
                result = try Benchmark.run(benchmarkCase, threads: threads, warmUp: warmup, repetitions: `repeat`)
            } catch {
                Terminal.error(error.description)
                throw ExitCode.failure
            }
            if json {
                emit(result.jsonLine(peakGflops: peak))
            } else {
                let name = benchmarkCase.cellName.padding(toLength: 5, withPad: " ", startingAt: 0)
                let mode = benchmarkCase.mode.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
                emit(name + String(format: " %6d  ", benchmarkCase.hidden) + mode + String(
                    format: " %9.0f %10.2f %9.2f %7.1f%%",
                    result.stepsPerSecond, result.secondsPerStep * 1000, result.gflops, 100 * result.gflops / peak))
            }
        }
    }

    private func parsedCases() throws -> [BenchmarkCase] {
        func list(_ s: String) -> [String] {
            s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let cellNames = list(cells)
        for c in cellNames where !BenchmarkCase.cellNames.contains(c) {
            throw ValidationError("unknown cell '\(c)' in --cells (expected rnn, lstm or gru)")
        }
        var sizes: [Int] = []
        for h in list(hidden) {
            guard let n = Int(h), n >= 1, n <= ModelSpec.maximumHidden else {
                throw ValidationError("--hidden wants sizes from 1 to \(ModelSpec.maximumHidden), got '\(h)'")
            }
            sizes.append(n)
        }
        var chosen: [BenchmarkCase.Mode] = []
        for m in list(modes) {
            guard let mode = BenchmarkCase.Mode(rawValue: m) else {
                throw ValidationError("unknown mode '\(m)' in --modes (expected training or inference)")
            }
            chosen.append(mode)
        }
        return chosen.flatMap { mode in
            cellNames.flatMap { c in
                sizes.map { BenchmarkCase(cellName: c, hidden: $0, batch: batch, steps: steps, mode: mode) }
            }
        }
    }

    /// Writes a line to standard output at once (unbuffered, so that rows
    /// appear as they are measured).
    private func emit(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
