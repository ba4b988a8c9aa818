import Testing
@testable import Engine

/// Expected values are worked by hand from PyTorch's update formulas
/// (two steps on one parameter p₀ = 1 with gradients 0.5 then −0.25).
@Suite struct OptimizerTests {
    private func single<S: EngineScalar>(_ values: [S], name: String = "w") throws -> NamedTensors<S> {
        var tensors = NamedTensors<S>()
        tensors[name] = try Tensor(shape: [values.count], values: values)
        return tensors
    }

    private func run<S: EngineScalar>(_ settings: OptimizerSettings, _ type: S.Type) throws -> [Double] {
        var optimizer = try Optimizer<S>(settings)
        var parameters = try single([S(1)])
        var trajectory: [Double] = []
        for g in [0.5, -0.25] {
            try optimizer.step(parameters: &parameters, gradients: try single([S(g)]))
            trajectory.append(Double(parameters["w"]?.values[0] ?? .nan))
        }
        #expect(optimizer.stepCount == 2)
        return trajectory
    }

    private func close(_ a: [Double], _ b: [Double], relative: Double) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= relative * abs($1) }
    }

    @Test func sgdWithMomentum() throws {
        // step 1: buf = g = 0.5, p = 1 − 0.1·0.5; step 2: buf = 0.9·0.5 − 0.25 = 0.2.
        let expected = [0.95, 0.95 - 0.1 * 0.2]
        #expect(close(try run(.sgd(learningRate: 0.1, momentum: 0.9), Double.self), expected, relative: 1e-15))
        #expect(close(try run(.sgd(learningRate: 0.1, momentum: 0.9), Float.self), expected, relative: 1e-7))
    }

    @Test func plainSGD() throws {
        let expected = [0.95, 0.975]
        #expect(close(try run(.sgd(learningRate: 0.1), Double.self), expected, relative: 1e-15))
    }

    @Test func rmsprop() throws {
        // sq₁ = 0.01·0.25, p₁ = 1 − 0.01·0.5/(0.05 + 1e-8);
        // sq₂ = 0.99·sq₁ + 0.01·0.0625 = 0.0031, p₂ = p₁ + 0.0025/(√0.0031 + 1e-8).
        let p1 = 1 - 0.005 / (0.05 + 1e-8)
        let expected = [p1, p1 + 0.0025 / (0.0031.squareRoot() + 1e-8)]
        #expect(close(try run(.rmsprop(learningRate: 0.01), Double.self), expected, relative: 1e-14))
        #expect(close(try run(.rmsprop(learningRate: 0.01), Float.self), expected, relative: 1e-7))
    }

    @Test func adamWithBiasCorrection() throws {
        // m₁ = 0.05, v₁ = 0.00025, bias corrections 0.1 and 0.001:
        // p₁ = 1 − (0.01/0.1)·0.05/(√0.00025/√0.001 + 1e-8).
        // m₂ = 0.05 + 0.1·(−0.25 − 0.05) = 0.02, v₂ = 0.999·0.00025 + 0.001·0.0625
        // = 0.00031225, corrections 0.19 and 0.001999.
        let p1 = 1 - 0.1 * 0.05 / ((0.00025.squareRoot() / 0.001.squareRoot()) + 1e-8)
        let p2 = p1 - (0.01 / 0.19) * 0.02 / ((0.00031225.squareRoot() / 0.001999.squareRoot()) + 1e-8)
        #expect(abs(p1 - 0.9900000002) < 1e-15)
        #expect(abs(p2 - 0.9873366298707846) < 1e-13)
        #expect(close(try run(.adam(learningRate: 0.01), Double.self), [p1, p2], relative: 1e-14))
        #expect(close(try run(.adam(learningRate: 0.01), Float.self), [p1, p2], relative: 1e-7))
    }

    @Test func stateIsPerParameter() throws {
        var optimizer = try Optimizer<Double>(.sgd(learningRate: 1, momentum: 0.5))
        var parameters = NamedTensors<Double>()
        parameters["a"] = try Tensor(shape: [1], values: [0])
        parameters["b"] = try Tensor(shape: [2], values: [0, 0])
        var gradients = NamedTensors<Double>()
        gradients["a"] = try Tensor(shape: [1], values: [1])
        gradients["b"] = try Tensor(shape: [2], values: [2, -2])
        try optimizer.step(parameters: &parameters, gradients: gradients)
        try optimizer.step(parameters: &parameters, gradients: gradients)
        #expect(parameters["a"]?.values == [-2.5])  // −1, then −(0.5 + 1)
        #expect(parameters["b"]?.values == [-5, 5])
        #expect(parameters.names == ["a", "b"])
    }

    @Test func rejectsBadSettings() {
        #expect(throws: EngineError.self) { try Optimizer<Float>(.sgd(learningRate: 0)) }
        #expect(throws: EngineError.self) { try Optimizer<Float>(.adam(learningRate: -1)) }
        #expect(throws: EngineError.self) { try Optimizer<Float>(.sgd(learningRate: 0.1, momentum: -0.5)) }
        #expect(throws: EngineError.self) { try Optimizer<Float>(.adam(learningRate: 0.1, beta1: 1)) }
        #expect(throws: EngineError.self) { try Optimizer<Float>(.rmsprop(learningRate: 0.1, alpha: 1.5)) }
        #expect(throws: EngineError.self) { try Optimizer<Float>(.adam(learningRate: .nan)) }
    }

    @Test func rejectsMismatchedGradients() throws {
        var optimizer = try Optimizer<Double>(.adam(learningRate: 0.1))
        var parameters = try single([1.0, 2.0])
        #expect(throws: EngineError.self) {
            try optimizer.step(parameters: &parameters, gradients: try single([1.0]))
        }
        #expect(throws: EngineError.self) {
            try optimizer.step(parameters: &parameters, gradients: try single([1.0, 2.0], name: "v"))
        }
        #expect(parameters["w"]?.values == [1, 2])
        #expect(optimizer.stepCount == 0)
    }
}

@Suite struct GradientClippingTests {
    @Test func scalesWhenAboveTheNorm() throws {
        var gradients = NamedTensors<Double>()
        gradients["a"] = try Tensor(shape: [1], values: [3])
        gradients["b"] = try Tensor(shape: [1], values: [4])
        let norm = try clipGradientNorm(&gradients, maxNorm: 1)
        #expect(norm == 5)
        let coefficient = 1 / (5 + 1e-6)
        #expect(gradients["a"]?.values == [3 * coefficient])
        #expect(gradients["b"]?.values == [4 * coefficient])
    }

    @Test func leavesSmallGradientsAlone() throws {
        var gradients = NamedTensors<Float>()
        gradients["a"] = try Tensor(shape: [2], values: [0.3, 0.4])
        let before = gradients
        // coefficient = 0.5 / (0.5 + 1e-6) < 1 would scale; 1.0 / 0.500001 does not.
        let norm = try clipGradientNorm(&gradients, maxNorm: 1)
        #expect(abs(norm - 0.5) < 1e-7)
        #expect(gradients == before)
        let clipped = try clipGradientNorm(&gradients, maxNorm: 0.5)
        #expect(abs(clipped - 0.5) < 1e-7)
        #expect(gradients != before)
    }

    @Test func nonFiniteNormIsReportedNotApplied() throws {
        var gradients = NamedTensors<Double>()
        gradients["a"] = try Tensor(shape: [2], values: [.nan, 1])
        let norm = try clipGradientNorm(&gradients, maxNorm: 1)
        #expect(norm.isNaN)
        #expect(gradients["a"]?.values[1] == 1)
        #expect(throws: EngineError.self) { try clipGradientNorm(&gradients, maxNorm: 0) }
    }
}
