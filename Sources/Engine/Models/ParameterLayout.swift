/// The names and shapes of a model's parameters, in PyTorch's
/// `named_parameters()` order.
///
/// Per layer k: `weight_ih_l{k}` (G·H, I_k), `weight_hh_l{k}` (G·H, H),
/// `bias_ih_l{k}` (G·H), `bias_hh_l{k}` (G·H), where G is the number of gate
/// blocks (``CellKind/gates``) and I_k is the input size for k = 0, else H.
/// A peephole LSTM adds `weight_ch_l{k}` (P·H): the diagonal peephole weights
/// of the gates that see the cell state, in the order i, f, o (P = 3), or
/// i, o without forget weights (P = 2). A head adds `head.weight` (O, H) and
/// `head.bias` (O), as `nn.Linear`.
public struct ParameterLayout: Sendable, Hashable {
    public let spec: ModelSpec
    public let inputSize: Int
    public let outputSize: Int?

    public init(spec: ModelSpec, inputSize: Int, outputSize: Int?) throws(EngineError) {
        try spec.validate()
        guard inputSize > 0 else { throw .invalidParameter("input size must be positive, got \(inputSize)") }
        guard inputSize <= ModelSpec.maximumFeatures else {
            throw .invalidParameter("input size \(inputSize) is larger than the maximum \(ModelSpec.maximumFeatures)")
        }
        if let o = outputSize {
            guard o > 0 else { throw .invalidParameter("output size must be positive, got \(o)") }
            guard o <= ModelSpec.maximumFeatures else {
                throw .invalidParameter("output size \(o) is larger than the maximum \(ModelSpec.maximumFeatures)")
            }
        }
        self.spec = spec
        self.inputSize = inputSize
        self.outputSize = outputSize
    }

    /// Gate blocks per layer.
    public var gateCount: Int { spec.cell.gates.count }

    /// The peephole gates of a layer (empty without peepholes).
    public var peepholeGates: [Gate] {
        guard case .lstm(let o) = spec.cell, o.peephole else { return [] }
        return o.hasForgetWeights ? [.input, .forget, .output] : [.input, .output]
    }

    /// The input size of layer `k`.
    public func layerInputSize(_ k: Int) -> Int { k == 0 ? inputSize : spec.hidden }

    /// Every parameter's name and shape, in order.
    public var entries: [(name: String, shape: [Int])] {
        let h = spec.hidden, g = gateCount
        var result: [(name: String, shape: [Int])] = []
        for k in 0..<spec.layers {
            result.append(("weight_ih_l\(k)", [g * h, layerInputSize(k)]))
            result.append(("weight_hh_l\(k)", [g * h, h]))
            result.append(("bias_ih_l\(k)", [g * h]))
            result.append(("bias_hh_l\(k)", [g * h]))
            if !peepholeGates.isEmpty { result.append(("weight_ch_l\(k)", [peepholeGates.count * h])) }
        }
        if let o = outputSize {
            result.append(("head.weight", [o, h]))
            result.append(("head.bias", [o]))
        }
        return result
    }

    /// The number of scalar parameters.
    public var parameterCount: Int { entries.reduce(0) { $0 + $1.shape.reduce(1, *) } }

    /// Checks that `parameters` holds exactly the layout's tensors with the
    /// layout's shapes (any order), naming the first that does not fit.
    public func check<Scalar>(_ parameters: NamedTensors<Scalar>) throws(EngineError) {
        for (name, shape) in entries {
            guard let t = parameters[name] else {
                throw .missingTensor("\(name) (shape \(shape)) is not among the parameters \(parameters.names)")
            }
            guard t.shape == shape else {
                throw .shapeMismatch("\(name) has shape \(t.shape), the model needs \(shape)")
            }
        }
        let known = Set(entries.map(\.name))
        if let extra = parameters.names.first(where: { !known.contains($0) }) {
            throw .invalidParameter("unexpected parameter \(extra) for this model; expected \(entries.map(\.name))")
        }
    }
}
