/// The result of running the recurrent layers over a sequence, and what
/// backward and the traces need from it.
public struct ForwardPass<Scalar: EngineScalar>: Sendable {
    /// The top layer's hidden state at every step: (T, B, H).
    public let output: Tensor<Scalar>
    /// The last hidden state of every layer: (layers, B, H).
    public let finalHidden: Tensor<Scalar>
    /// The last cell state of every layer (LSTM): (layers, B, H).
    public let finalCell: Tensor<Scalar>?
    /// The cell the pass ran.
    public let cell: CellKind
    let records: [LayerRecord<Scalar>]

    /// Sequence length T.
    public var steps: Int { output.shape[0] }
    /// Batch size B.
    public var batch: Int { output.shape[1] }
}

/// Gradients from backward through the recurrent layers.
public struct BackwardPass<Scalar: EngineScalar>: Sendable {
    /// ∂L/∂θ for every recurrent parameter, named `weight_ih_l0` …, in layout order.
    public var parameters: NamedTensors<Scalar>
    /// ∂L/∂input: (T, B, I); nil when the pass was asked not to compute it
    /// (training needs only the parameters' gradients).
    public var input: Tensor<Scalar>?
    /// ∂L/∂h0 and ∂L/∂c0: (layers, B, H).
    public var initialHidden: Tensor<Scalar>
    public var initialCell: Tensor<Scalar>?
    /// ‖∂L/∂h_t‖ per layer and step (layers × T): the total gradient reaching
    /// h_t (from the loss at t and from later steps), over the whole batch;
    /// an empty array per layer when the pass was asked not to keep them.
    public var hiddenGradientNorms: [[Double]]
    /// ‖∂L/∂c_t‖ per layer and step (LSTM; otherwise empty).
    public var cellGradientNorms: [[Double]]
}
