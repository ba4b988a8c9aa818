/// Everything one forward and backward pass of a supervised batch yields.
public struct GradientEvaluation<Scalar: EngineScalar>: Sendable {
    /// The head's loss and accuracy on the batch.
    public var loss: LossEvaluation<Scalar>
    /// ∂loss/∂θ for every parameter, in the model's layout order.
    public var gradients: NamedTensors<Scalar>
    /// The forward pass (for traces).
    public var forward: ForwardPass<Scalar>
    /// The backward pass (input and state gradients, gradient-norm traces).
    public var backward: BackwardPass<Scalar>
}

extension RecurrentModel {
    /// Forward through the layers and head, the loss, and BPTT back: the
    /// gradient of the mean loss with respect to every parameter (and, with
    /// `inputGradient`, with respect to the input; with `gradientNorms`, the
    /// norm traces of ∂L/∂h_t and ∂L/∂c_t).
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public func gradients(
        input: Tensor<Scalar>, supervision: Supervision<Scalar>,
        h0: Tensor<Scalar>? = nil, c0: Tensor<Scalar>? = nil, inputGradient: Bool = true,
        gradientNorms: Bool = true
    ) throws(EngineError) -> GradientEvaluation<Scalar> {
        let pass = try forward(input, h0: h0, c0: c0)
        let loss = try self.loss(pass, supervision)
        let back = try backward(pass, outputGradient: loss.outputGradient, inputGradient: inputGradient, gradientNorms: gradientNorms)
        var all = NamedTensors<Scalar>()
        for (name, _) in layout.entries {
            all[name] = back.parameters[name] ?? loss.headGradients[name]
        }
        return GradientEvaluation(loss: loss, gradients: all, forward: pass, backward: back)
    }

    /// The loss alone (no backward), for evaluation.
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public func evaluate(
        input: Tensor<Scalar>, supervision: Supervision<Scalar>
    ) throws(EngineError) -> LossEvaluation<Scalar> {
        try loss(forward(input), supervision)
    }
}
