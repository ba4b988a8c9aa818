import Foundation
import Testing
@testable import Engine

/// Outputs and gradients against PyTorch's nn.RNN, nn.LSTM and nn.GRU, from
/// fixtures made by `Fixtures/make_fixtures.py`: per tensor
/// max|ours − torch| / max|torch| ≤ 1e-5 in Float32 and ≤ 1e-10 in Float64.
@Suite struct PyTorchReferenceTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/pytorch")

    static let cases: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".safetensors") }.sorted()
    }()

    @Test func fixturesExist() {
        #expect(Self.cases.count >= 14)
    }

    @Test(arguments: cases)
    func agreesWithPyTorch(file: String) throws {
        let archive = try SafetensorsArchive(contentsOf: Self.directory.appendingPathComponent(file).path)
        if archive.metadata["dtype"] == "F64" {
            try check(archive, Double.self, tolerance: 1e-10)
        } else {
            try check(archive, Float.self, tolerance: 1e-5)
        }
    }

    func check<S: EngineScalar>(_ archive: SafetensorsArchive, _: S.Type, tolerance: Double) throws {
        let layers = try #require(Int(archive.metadata["layers"] ?? ""))
        let cell: CellKind = switch archive.metadata["cell"] {
        case "lstm": .lstm
        case "gru": .gru
        default: .rnn(archive.metadata["nonlinearity"] == "relu" ? .relu : .tanh)
        }
        var parameters = NamedTensors<S>()
        for name in archive.names where name.hasPrefix("weight_") || name.hasPrefix("bias_") {
            parameters[name] = try archive.tensor(name)
        }
        let recurrent = try #require(parameters["weight_hh_l0"])
        let inputWeights = try #require(parameters["weight_ih_l0"])
        let model = try RecurrentModel<S>(
            spec: ModelSpec(cell: cell, hidden: recurrent.shape[1], layers: layers),
            inputSize: inputWeights.shape[1], parameters: parameters)
        func optional(_ name: String) throws -> Tensor<S>? {
            archive.entry(name) == nil ? nil : try archive.tensor(name)
        }
        let pass = try model.forward(archive.tensor("input"), h0: optional("h0"), c0: optional("c0"))
        let back = try model.backward(pass, outputGradient: archive.tensor("grad_output"))
        var ours: [String: Tensor<S>] = [
            "output": pass.output, "h_n": pass.finalHidden, "grad_input": try #require(back.input), "grad_h0": back.initialHidden,
        ]
        if let c = pass.finalCell { ours["c_n"] = c }
        if let c = back.initialCell { ours["grad_c0"] = c }
        for (name, g) in back.parameters.tensors { ours["grad_\(name)"] = g }
        let expected = archive.names.filter { ["output", "h_n", "c_n"].contains($0) || $0.hasPrefix("grad_") && $0 != "grad_output" }
        #expect(expected.count >= 8)
        for name in expected {
            let reference: Tensor<S> = try archive.tensor(name)
            let mine = try #require(ours[name], "\(name) not computed")
            #expect(mine.shape == reference.shape, "\(name)")
            let error = TestData.relativeError(mine.values, reference.values, floor: 1e-30)
            #expect(error <= tolerance, "\(archive.source) \(name): \(error)")
        }
    }
}
