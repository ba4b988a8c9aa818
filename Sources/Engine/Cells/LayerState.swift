/// One layer's weights, as flat row-major arrays in PyTorch's layout.
struct LayerWeights<Scalar: EngineScalar>: Sendable {
    var inputWeights: [Scalar]  // (G·H, I)
    var recurrentWeights: [Scalar]  // (G·H, H)
    var inputBias: [Scalar]  // (G·H)
    var recurrentBias: [Scalar]  // (G·H)
    var peephole: [Scalar]  // (P·H) or empty

    init(_ p: NamedTensors<Scalar>, layer k: Int) throws(EngineError) {
        func values(_ name: String) throws(EngineError) -> [Scalar] {
            guard let t = p[name] else { throw .missingTensor(name) }
            return t.values
        }
        inputWeights = try values("weight_ih_l\(k)")
        recurrentWeights = try values("weight_hh_l\(k)")
        inputBias = try values("bias_ih_l\(k)")
        recurrentBias = try values("bias_hh_l\(k)")
        peephole = p["weight_ch_l\(k)"]?.values ?? []
    }
}

/// The gradients of one layer's weights, laid out like ``LayerWeights``.
struct LayerGradients<Scalar: EngineScalar>: Sendable {
    var inputWeights: [Scalar]
    var recurrentWeights: [Scalar]
    var inputBias: [Scalar]
    var recurrentBias: [Scalar]
    var peephole: [Scalar]

    init(zerosLike w: LayerWeights<Scalar>) {
        inputWeights = Array(repeating: 0, count: w.inputWeights.count)
        recurrentWeights = Array(repeating: 0, count: w.recurrentWeights.count)
        inputBias = Array(repeating: 0, count: w.inputBias.count)
        recurrentBias = Array(repeating: 0, count: w.recurrentBias.count)
        peephole = Array(repeating: 0, count: w.peephole.count)
    }
}

/// The sizes of one layer's pass.
struct LayerShape: Sendable, Hashable {
    let steps: Int  // T
    let batch: Int  // B
    let input: Int  // I
    let hidden: Int  // H
    let gates: Int  // G

    var width: Int { gates * hidden }
}

/// What a layer's forward pass keeps: enough for backward and for traces.
struct LayerRecord<Scalar: EngineScalar>: Sendable {
    let shape: LayerShape
    /// The layer's input (T, B, I).
    var input: [Scalar]
    /// h_{t−1} for t = 0…T: (T + 1, B, H), h0 first.
    var hidden: [Scalar]
    /// c_{t−1} for t = 0…T (LSTM only): (T + 1, B, H), c0 first.
    var cell: [Scalar]
    /// Gate activations in weight order: (T, B, G·H). For the RNN, h_t.
    var gates: [Scalar]
    /// LSTM: tanh(c_t) for t = 1…T. GRU: W_hn h + b_hn (reset after) or
    /// r ⊙ h (reset before). (T, B, H).
    var extra: [Scalar]
}

/// What a layer's backward pass returns besides the weight gradients.
struct LayerBackward<Scalar: EngineScalar>: Sendable {
    var gradients: LayerGradients<Scalar>
    /// ∂L/∂input: (T, B, I).
    var input: [Scalar]
    /// ∂L/∂h0 and ∂L/∂c0: (B, H) each (c empty without a cell state).
    var h0: [Scalar]
    var c0: [Scalar]
    /// ‖∂L/∂h_t‖ and ‖∂L/∂c_t‖ per step (the latter empty without c).
    var hiddenNorms: [Double]
    var cellNorms: [Double]
}

extension Array where Element: EngineScalar {
    /// `count` elements left as the allocator gives them, for a buffer the
    /// caller writes completely before reading (a pass's records): zeroing
    /// megabytes that are overwritten at once is a measurable part of a
    /// small model's step.
    static func forOverwrite(count: Int) -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    }
}
