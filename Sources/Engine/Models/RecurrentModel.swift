/// A stacked recurrent network with an optional linear head: its layout and
/// parameters, and the entry points for forward, backward and loss.
public struct RecurrentModel<Scalar: EngineScalar>: Sendable {
    /// The names and shapes of the parameters.
    public let layout: ParameterLayout
    /// The parameters, PyTorch-named, in ``ParameterLayout/entries`` order.
    /// Set them with ``setParameters(_:)``, which checks names and shapes.
    public internal(set) var parameters: NamedTensors<Scalar>

    public var spec: ModelSpec { layout.spec }
    public var inputSize: Int { layout.inputSize }
    public var outputSize: Int? { layout.outputSize }
    /// The number of scalar parameters.
    public var parameterCount: Int { layout.parameterCount }

    /// A model initialised from `seed` as `spec.initialization` says.
    public init(spec: ModelSpec, inputSize: Int, outputSize: Int? = nil, seed: UInt64) throws(EngineError) {
        layout = try ParameterLayout(spec: spec, inputSize: inputSize, outputSize: outputSize)
        parameters = try Initializer.parameters(layout, seed: seed)
    }

    /// A model with given parameters, checked against the layout.
    public init(
        spec: ModelSpec, inputSize: Int, outputSize: Int? = nil, parameters: NamedTensors<Scalar>
    ) throws(EngineError) {
        layout = try ParameterLayout(spec: spec, inputSize: inputSize, outputSize: outputSize)
        try layout.check(parameters)
        var ordered = NamedTensors<Scalar>()
        for (name, _) in layout.entries { ordered[name] = parameters[name] }
        self.parameters = ordered
    }

    /// Replaces the parameters (for an optimiser step), checking names and shapes.
    public mutating func setParameters(_ p: NamedTensors<Scalar>) throws(EngineError) {
        try layout.check(p)
        var ordered = NamedTensors<Scalar>()
        for (name, _) in layout.entries { ordered[name] = p[name] }
        parameters = ordered
    }
}
