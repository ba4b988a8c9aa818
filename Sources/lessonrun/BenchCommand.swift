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

    /// `--modes`: what a timed repetition does.
    enum ModeArgument: String, ExpressibleByArgument, CaseIterable {
        case training, inference

        var engine: BenchmarkCase.Mode {
            switch self {
            case .training: .training
            case .inference: .inference
            }
        }
    }

    @Option(help: "Comma-separated cells: rnn, lstm, gru.")
    var cells = ArgumentList<CellArgument>(CellArgument.allCases)

    @Option(help: "Comma-separated hidden sizes.")
    var hidden = ArgumentList([32, 64, 128, 256])

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
    var modes = ArgumentList<ModeArgument>(ModeArgument.allCases)

    @Flag(help: "Print JSON lines instead of a table.")
    var json = false

    func validate() throws {
        guard (1...256).contains(threads) else { throw ValidationError("--threads must be between 1 and 256, got \(threads)") }
        guard `repeat` >= 1 else { throw ValidationError("--repeat must be at least 1") }
        guard warmup >= 0 else { throw ValidationError("--warmup must be at least 0") }
        guard batch >= 1, steps >= 2 else { throw ValidationError("--batch must be ≥ 1 and --steps ≥ 2") }
        if let size = hidden.elements.first(where: { !(1...ModelSpec.maximumHidden).contains($0) }) {
            throw ValidationError("--hidden wants sizes from 1 to \(ModelSpec.maximumHidden), got \(size)")
        }
    }

    func run() throws {
        let peak = PeakThroughput.measure()
        if json {
            emit("{\"engine\":\"lessonrun\",\"peak_gflops\":\(String(format: "%.2f", peak)),\"threads\":\(threads)}")
        } else {
            emit("one core's peak (SIMD8<Float> multiply + add, \(EngineBuild.vectorUnit)): " + String(format: "%.1f GFLOP/s", peak))
            emit("cell  hidden  mode        steps/s     ms/step   GFLOP/s  of peak")
        }
        for benchmarkCase in cases {
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

    /// Every row: modes, then cells, then sizes, in the order given.
    private var cases: [BenchmarkCase] {
        modes.elements.flatMap { mode in
            cells.elements.flatMap { cell in
                hidden.elements.map { BenchmarkCase(cellName: cell.rawValue, hidden: $0, batch: batch, steps: steps, mode: mode.engine) }
            }
        }
    }

    /// Writes a line to standard output at once (unbuffered, so that rows
    /// appear as they are measured).
    private func emit(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
