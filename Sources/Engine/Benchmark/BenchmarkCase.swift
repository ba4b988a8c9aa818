/// One row of `lessonrun bench`: a cell at one size on the adding problem,
/// timed for training or for inference.
public struct BenchmarkCase: Sendable, Hashable {
    /// What one timed repetition does.
    public enum Mode: String, Sendable, Hashable, CaseIterable {
        /// Forward, loss, BPTT and one Adam update.
        case training
        /// The forward pass alone.
        case inference
    }

    /// The cell's name as `bench/torch_bench.py` spells it: rnn, lstm or gru.
    public var cellName: String
    public var hidden: Int
    public var batch: Int
    /// The sequence length T of the adding problem.
    public var steps: Int
    public var mode: Mode

    public init(cellName: String, hidden: Int, batch: Int = 32, steps: Int = 100, mode: Mode) {
        self.cellName = cellName
        self.hidden = hidden
        self.batch = batch
        self.steps = steps
        self.mode = mode
    }

    /// The cells the benchmark knows, in PyTorch's default form (tanh RNN,
    /// LSTM without peepholes, GRU with the reset gate after the product).
    public static let cellNames = ["rnn", "lstm", "gru"]

    /// The engine's cell for `cellName`.
    public func cell() throws(EngineError) -> CellKind {
        switch cellName {
        case "rnn": return .rnn(.tanh)
        case "lstm": return .lstm
        case "gru": return .gru
        default: throw .invalidParameter("unknown cell '\(cellName)' (expected rnn, lstm or gru)")
        }
    }

    /// Multiply-adds of the layer's products in one forward pass, counted as
    /// two flops each: the input projection and the recurrent product of
    /// every gate at every step. Backward does twice this (the weight and the
    /// input gradient of each product), so training counts three times it.
    public func forwardFlops(inputSize: Int) throws(EngineError) -> Double {
        let gates = try cell().gates.count
        return 2 * Double(steps * batch * gates * hidden) * Double(inputSize + hidden)
    }
}
