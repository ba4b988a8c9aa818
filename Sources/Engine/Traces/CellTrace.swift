/// What one layer's units did at every step of a forward pass: the gate
/// activations, the cell state and the hidden state, each (T, B, H).
public struct CellTrace<Scalar: EngineScalar>: Sendable {
    /// Gate activations by gate: LSTM `input`, `forget`, `candidate` (g),
    /// `output`; GRU `reset`, `update` (z), `candidate` (n). A coupled LSTM
    /// reports `forget` as 1 − i; an LSTM without forget gate has none.
    public var gates: [Gate: Tensor<Scalar>]
    /// c_t after step t (LSTM only).
    public var cellState: Tensor<Scalar>?
    /// h_t after step t.
    public var hidden: Tensor<Scalar>
}

extension ForwardPass {
    /// The trace of layer `layer` (0 = the layer that reads the input).
    @_specialize(where Scalar == Float)
    @_specialize(where Scalar == Double)
    public func trace(layer: Int) throws(EngineError) -> CellTrace<Scalar> {
        guard records.indices.contains(layer) else {
            throw .invalidParameter("layer \(layer) does not exist; the model has \(records.count) layers")
        }
        let r = records[layer]
        let (T, B, H, W) = (r.shape.steps, r.shape.batch, r.shape.hidden, r.shape.width)
        let shape = [T, B, H]
        let stepSize = B * H
        @_specialize(where Scalar == Float)
        @_specialize(where Scalar == Double)
        func block(_ g: Int) -> [Scalar] {
            var out = [Scalar](repeating: 0, count: T * B * H)
            for row in 0..<(T * B) {
                for u in 0..<H { out[row * H + u] = r.gates[row * W + g * H + u] }
            }
            return out
        }
        var gates: [Gate: Tensor<Scalar>] = [:]
        if case .rnn = cell {} else {
            for (g, gate) in cell.gates.enumerated() { gates[gate] = try Tensor(shape: shape, values: block(g)) }
        }
        if case .lstm(let o) = cell, o.coupled, let i = gates[.input] {
            gates[.forget] = try Tensor(shape: shape, values: i.values.map { 1 - $0 })
        }
        return CellTrace(
            gates: gates,
            cellState: r.cell.isEmpty ? nil : try Tensor(shape: shape, values: Array(r.cell[stepSize...])),
            hidden: try Tensor(shape: shape, values: Array(r.hidden[stepSize...])))
    }
}
