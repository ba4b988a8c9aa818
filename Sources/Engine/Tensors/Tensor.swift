/// A dense row-major array of scalars with a shape, as PyTorch lays it out
/// (`weight_ih_l0` is (G·H, I): row r, column c at `values[r * I + c]`).
public struct Tensor<Scalar: EngineScalar>: Sendable, Equatable {
    public var shape: [Int]
    public var values: [Scalar]

    public init(shape: [Int], values: [Scalar]) throws(EngineError) {
        let count = shape.reduce(1, *)
        guard shape.allSatisfy({ $0 >= 0 }), count == values.count else {
            throw EngineError.shapeMismatch("shape \(shape) holds \(count) values, got \(values.count)")
        }
        self.shape = shape
        self.values = values
    }

    public init(zeros shape: [Int]) {
        self.shape = shape
        self.values = Array(repeating: 0, count: shape.reduce(1, *))
    }

    public var count: Int { values.count }
}

/// Tensors by name, in a fixed order (the order PyTorch's `named_parameters()`
/// lists them), so that every walk over them sums in the same order.
public struct NamedTensors<Scalar: EngineScalar>: Sendable, Equatable {
    public private(set) var names: [String] = []
    private var storage: [String: Tensor<Scalar>] = [:]

    public init() {}

    public subscript(name: String) -> Tensor<Scalar>? {
        get { storage[name] }
        set {
            if storage[name] == nil, newValue != nil { names.append(name) }
            if newValue == nil { names.removeAll { $0 == name } }
            storage[name] = newValue
        }
    }

    /// The tensors in order.
    public var tensors: [(name: String, tensor: Tensor<Scalar>)] {
        names.compactMap { name in storage[name].map { (name, $0) } }
    }

    public var isEmpty: Bool { names.isEmpty }
}
