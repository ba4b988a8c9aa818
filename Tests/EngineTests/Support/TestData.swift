@testable import Engine

/// Small random tensors for tests, from our own generator.
enum TestData {
    static func tensor<S: EngineScalar>(_ shape: [Int], seed: UInt64, scale: Double = 1) -> Tensor<S> {
        var rng = SeededGenerator(seed: seed, stream: "test")
        let values = (0..<shape.reduce(1, *)).map { _ in S(rng.uniform(-scale, scale)) }
        // The shape and count agree by construction.
        return try! Tensor(shape: shape, values: values)
    }

    /// The largest |a − b| over the largest |b| (at least `floor`).
    static func relativeError<S: EngineScalar>(_ a: [S], _ b: [S], floor: Double = 1e-8) -> Double {
        precondition(a.count == b.count)
        var diff = 0.0, scale = 0.0
        for (x, y) in zip(a, b) {
            diff = max(diff, abs(Double(x) - Double(y)))
            scale = max(scale, abs(Double(y)))
        }
        return diff / max(scale, floor)
    }
}
