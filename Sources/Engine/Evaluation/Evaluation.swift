/// `lessonrun eval`: runs PyTorch-named weights on inputs from safetensors
/// files and writes outputs (and gradients) for comparison with PyTorch.
///
/// The input file holds `input` (T, B, I) and optionally `h0`, `c0`
/// ((layers, B, H)) and `grad_output` (T, B, H); the dtype of `input` (F32
/// or F64) sets the precision. The output file receives `output`, `h_n`,
/// `c_n` (LSTM) and, with gradients, those of Σ(output ⊙ grad_output)
/// (grad_output defaults to ones): `grad_input`, `grad_h0`, `grad_c0` (LSTM)
/// and `grad_<parameter>` for every parameter. A head (`head.weight`,
/// `head.bias`) in the weights file is ignored; any other extra tensor is an error.
public struct Evaluation: Sendable {
    /// The cell (as PyTorch's nn.RNN, nn.LSTM or nn.GRU).
    public var cell: CellKind
    public var layers: Int
    /// Whether to run backward and write the gradients.
    public var gradients: Bool

    public init(cell: CellKind, layers: Int = 1, gradients: Bool = false) {
        self.cell = cell
        self.layers = layers
        self.gradients = gradients
    }

    /// Reads the files, runs the model, writes the results.
    /// - Returns: the names of the tensors written, in order.
    public func run(weights: String, input: String, output: String) throws(EngineError) -> [String] {
        guard layers > 0 else { throw .invalidParameter("--layers must be positive, got \(layers)") }
        let files = try SafetensorsArchive.open(weights: weights, data: input)
        switch files.precision {
        case .float: return try run(Float.self, files.weights, files.data, output)
        case .double: return try run(Double.self, files.weights, files.data, output)
        }
    }

    private func run<S: EngineScalar>(
        _: S.Type, _ weightFile: SafetensorsArchive, _ inputs: SafetensorsArchive, _ output: String
    ) throws(EngineError) -> [String] {
        var parameters: NamedTensors<S> = try weightFile.tensors()
        // A trained model's file also holds its head, which eval does not run.
        for name in parameters.names where name.hasPrefix("head.") { parameters[name] = nil }
        guard let recurrent = parameters["weight_hh_l0"], recurrent.shape.count == 2,
            let inputWeights = parameters["weight_ih_l0"], inputWeights.shape.count == 2
        else {
            throw .missingTensor("\(weightFile.source) needs weight_ih_l0 and weight_hh_l0 as 2-D tensors (it has \(weightFile.names.joined(separator: ", ")))")
        }
        let spec = ModelSpec(cell: cell, hidden: recurrent.shape[1], layers: layers)
        let model = try RecurrentModel<S>(spec: spec, inputSize: inputWeights.shape[1], parameters: parameters)
        func optional(_ name: String) throws(EngineError) -> Tensor<S>? {
            inputs.entry(name) == nil ? nil : try inputs.tensor(name)
        }
        let x: Tensor<S> = try inputs.tensor("input")
        let pass = try model.forward(x, h0: try optional("h0"), c0: cell.hasCellState ? try optional("c0") : nil)
        var result = NamedTensors<S>()
        result["output"] = pass.output
        result["h_n"] = pass.finalHidden
        if let c = pass.finalCell { result["c_n"] = c }
        if gradients {
            let ones = try Tensor(shape: pass.output.shape, values: [S](repeating: 1, count: pass.output.count))
            let back = try model.backward(pass, outputGradient: try optional("grad_output") ?? ones)
            result["grad_input"] = back.input
            result["grad_h0"] = back.initialHidden
            if let c = back.initialCell { result["grad_c0"] = c }
            for (name, g) in back.parameters.tensors { result["grad_\(name)"] = g }
        }
        try SafetensorsWriter.write(result, metadata: ["engineVersion": String(engineVersion)], to: output)
        return result.names
    }
}

/// The scalar type a file's tensors are in, which selects the engine's precision.
enum FilePrecision {
    case float, double
}

extension SafetensorsArchive {
    /// A weights file and a data file (with a tensor named `input`), and the data's precision.
    static func open(weights: String, data: String) throws(EngineError)
        -> (weights: SafetensorsArchive, data: SafetensorsArchive, precision: FilePrecision) {
        let dataFile = try SafetensorsArchive(contentsOf: data)
        let precision = try dataFile.inputPrecision(file: data)
        return (try SafetensorsArchive(contentsOf: weights), dataFile, precision)
    }

    /// The precision of the tensor named `input` (F32 or F64), which the rest must match.
    func inputPrecision(file: String) throws(EngineError) -> FilePrecision {
        guard let entry = entry("input") else {
            throw .missingTensor("\(file) has no tensor input (it has \(names.joined(separator: ", ")))")
        }
        switch entry.dtype {
        case "F32": return .float
        case "F64": return .double
        default: throw .malformedFile("\(file): input has dtype \(entry.dtype); use F32 or F64")
        }
    }
}
