import ArgumentParser
import Engine
import Foundation

/// `lessonrun eval`: runs PyTorch-named weights through the engine, for
/// checking the engine against PyTorch (see `Engine.Evaluation`); with
/// `--train`, trains them on given batches (see `Engine.TrainingReplay`).
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Run a recurrent network from safetensors weights and inputs; write outputs and gradients.",
        discussion: """
        With --input: one forward pass (and backward with --grad), written as output, h_n, c_n \
        and grad_* tensors.
        With --train: train the weights, which must include the linear head (head.weight, \
        head.bias), on the batches of --batches — input (N, T, B, I); target (N, T, B, O) for \
        the mean squared error or classes (N, T, B) for cross-entropy; mask (N, T, B) for \
        --loss-steps masked — one optimiser step per batch, and write the final weights with \
        losses and grad_norms (one per step, the norm before clipping).
        """
    )

    enum LossStepsArgument: String, ExpressibleByArgument, CaseIterable {
        case last, every, masked

        var engine: LossSteps {
            switch self {
            case .last: .lastStep
            case .every: .everyStep
            case .masked: .masked
            }
        }
    }

    @Option(help: "The cell: rnn, lstm or gru (PyTorch's nn.RNN, nn.LSTM, nn.GRU).")
    var cell: CellArgument

    @Option(help: "The RNN nonlinearity: tanh or relu.")
    var nonlinearity: NonlinearityArgument = .tanh

    @Option(help: "The number of stacked layers.")
    var layers: Int = 1

    @Option(help: "Safetensors file of PyTorch-named parameters (weight_ih_l0, …; with --train also head.weight, head.bias).")
    var weights: String

    @Option(help: "Safetensors file with input (T, B, I) and optional h0, c0, grad_output.")
    var input: String?

    @Option(help: "Safetensors file to write to (never the weights file).")
    var output: String

    @Flag(help: "Also write the gradients of sum(output * grad_output).")
    var grad = false

    @Flag(help: "Train on --batches instead of running on --input.")
    var train = false

    @Option(help: "With --train: safetensors file of batches (input, target or classes, mask).")
    var batches: String?

    @Option(help: "With --train: \(OptimizerArgument.syntax).", transform: OptimizerArgument.parse)
    var optimizer: OptimizerSettings?

    @Option(help: "With --train: the largest global gradient norm (clip_grad_norm_); 0 or absent turns clipping off.")
    var clip: Double?

    @Option(help: "With --train: the number of steps (default: one per batch in --batches).")
    var steps: Int?

    @Option(help: "With --train: which steps the loss reads: last, every or masked.")
    var lossSteps: LossStepsArgument?

    func validate() throws {
        guard layers >= 1, layers <= ModelSpec.maximumLayers else {
            throw ValidationError("--layers must be between 1 and \(ModelSpec.maximumLayers), got \(layers)")
        }
        if nonlinearity == .relu, cell != .rnn { throw ValidationError("--nonlinearity relu applies to --cell rnn only") }
        if train {
            if input != nil { throw ValidationError("--train reads --batches, not --input") }
            if grad { throw ValidationError("--grad applies to a single pass (--input), not to --train") }
            guard let batches else { throw ValidationError("--train needs --batches B.safetensors") }
            guard optimizer != nil else { throw ValidationError("--train needs --optimizer, e.g. \"adam(lr: 0.01)\"") }
            if let clip, !(clip.isFinite && clip >= 0) { throw ValidationError("--clip must be 0 (off) or positive, got \(clip)") }
            if let steps, steps < 1 { throw ValidationError("--steps must be at least 1, got \(steps)") }
            if Self.samePath(output, batches) { throw ValidationError("--output would overwrite --batches; write to another file") }
        } else {
            guard let input else { throw ValidationError("eval needs --input X.safetensors (or --train with --batches)") }
            let trainingOnly = [("--batches", batches != nil), ("--optimizer", optimizer != nil), ("--clip", clip != nil),
                                ("--steps", steps != nil), ("--loss-steps", lossSteps != nil)]
            if let (name, _) = trainingOnly.first(where: \.1) { throw ValidationError("\(name) applies to --train only") }
            if Self.samePath(output, input) { throw ValidationError("--output would overwrite --input; write to another file") }
        }
        if Self.samePath(output, weights) { throw ValidationError("--output would overwrite --weights; write to another file") }
    }

    func run() throws {
        let kind: CellKind = switch cell {
        case .rnn: .rnn(nonlinearity.engine)
        case .lstm: .lstm
        case .gru: .gru
        }
        do {
            if train, let batches, let optimizer {
                let replay = TrainingReplay(
                    cell: kind, layers: layers, optimizer: optimizer, clip: clip ?? 0,
                    lossSteps: (lossSteps ?? .last).engine, steps: steps)
                _ = try replay.run(weights: weights, batches: batches, output: output)
            } else if let input {
                _ = try Evaluation(cell: kind, layers: layers, gradients: grad)
                    .run(weights: weights, input: input, output: output)
            }
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }

    /// Whether two paths name the same file (after `..`, `.` and symbolic links).
    static func samePath(_ a: String, _ b: String) -> Bool { sameFile(a, b) }
}

/// `--nonlinearity`: the engine's `Nonlinearity`, read from the command line.
enum NonlinearityArgument: String, ExpressibleByArgument, CaseIterable {
    case tanh, relu

    var engine: Nonlinearity { self == .tanh ? .tanh : .relu }
}
