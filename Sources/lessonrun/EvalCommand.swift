import ArgumentParser
import Engine
import Foundation

/// `lessonrun eval`: runs PyTorch-named weights through the engine, for
/// checking the engine against PyTorch (see `Engine.Evaluation`).
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Run a recurrent network from safetensors weights and inputs; write outputs and gradients."
    )

    enum Cell: String, ExpressibleByArgument, CaseIterable {
        case rnn, lstm, gru
    }

    @Option(help: "The cell: rnn, lstm or gru (PyTorch's nn.RNN, nn.LSTM, nn.GRU).")
    var cell: Cell

    @Option(help: "The RNN nonlinearity: tanh or relu.")
    var nonlinearity: String = "tanh"

    @Option(help: "The number of stacked layers.")
    var layers: Int = 1

    @Option(help: "Safetensors file of PyTorch-named parameters (weight_ih_l0, …).")
    var weights: String

    @Option(help: "Safetensors file with input (T, B, I) and optional h0, c0, grad_output.")
    var input: String

    @Option(help: "Safetensors file to write output, h_n, c_n and gradients to.")
    var output: String

    @Flag(help: "Also write the gradients of sum(output * grad_output).")
    var grad = false

    func run() throws {
        guard let f = Nonlinearity(rawValue: nonlinearity) else {
            fail("--nonlinearity must be tanh or relu, got '\(nonlinearity)'")
        }
        if f == .relu, cell != .rnn { fail("--nonlinearity relu applies to --cell rnn only") }
        let kind: CellKind = switch cell {
        case .rnn: .rnn(f)
        case .lstm: .lstm
        case .gru: .gru
        }
        do {
            _ = try Evaluation(cell: kind, layers: layers, gradients: grad)
                .run(weights: weights, input: input, output: output)
        } catch {
            fail("\(error)")
        }
    }

    /// Prints the message to standard error and exits with status 1.
    private func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        Self.exit(withError: ExitCode.failure)
    }
}
