import Foundation
import Testing
@testable import Engine

/// `lessonrun eval`'s engine side: files in, files out, clear errors.
@Suite struct EvaluationTests {
    static let fixture = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/pytorch/lstm_2layers_f64.safetensors").path

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("engine-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesOutputsAndGradientsMatchingPyTorch() throws {
        let archive = try SafetensorsArchive(contentsOf: Self.fixture)
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var weights = NamedTensors<Double>(), inputs = NamedTensors<Double>()
        for name in archive.names {
            if name.hasPrefix("weight_") || name.hasPrefix("bias_") { weights[name] = try archive.tensor(name) }
            if ["input", "h0", "c0", "grad_output"].contains(name) { inputs[name] = try archive.tensor(name) }
        }
        let (w, x, y) = (dir.appendingPathComponent("w").path, dir.appendingPathComponent("x").path, dir.appendingPathComponent("y").path)
        try SafetensorsWriter.write(weights, to: w)
        try SafetensorsWriter.write(inputs, to: x)
        let written = try Evaluation(cell: .lstm, layers: 2, gradients: true).run(weights: w, input: x, output: y)
        #expect(written.contains("grad_bias_hh_l1") && written.contains("c_n") && written.contains("grad_c0"))
        let out = try SafetensorsArchive(contentsOf: y)
        for name in ["output", "h_n", "c_n", "grad_input", "grad_h0", "grad_c0", "grad_weight_ih_l1"] {
            let ours: Tensor<Double> = try out.tensor(name), reference: Tensor<Double> = try archive.tensor(name)
            #expect(TestData.relativeError(ours.values, reference.values) <= 1e-10, "\(name)")
        }
        #expect(out.entry("output")?.dtype == "F64")
    }

    @Test func errorsAreClear() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let x = dir.appendingPathComponent("x").path, y = dir.appendingPathComponent("y").path
        var noInput = NamedTensors<Float>()
        noInput["h0"] = try Tensor(shape: [1], values: [0])
        try SafetensorsWriter.write(noInput, to: x)
        #expect(throws: EngineError.missingTensor("\(x) has no tensor input (it has h0)")) {
            _ = try Evaluation(cell: .gru).run(weights: Self.fixture, input: x, output: y)
        }
        // Two-layer weights read as one layer: an unexpected parameter.
        var input = NamedTensors<Double>()
        input["input"] = TestData.tensor([2, 1, 3], seed: 1)
        try SafetensorsWriter.write(input, to: x)
        #expect(throws: EngineError.self) {
            _ = try Evaluation(cell: .lstm, layers: 1).run(weights: Self.fixture, input: x, output: y)
        }
        #expect(throws: EngineError.self) {
            _ = try Evaluation(cell: .lstm, layers: 2).run(weights: x, input: x, output: y)
        }
    }
}
