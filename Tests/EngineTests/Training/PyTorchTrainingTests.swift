import Foundation
import Testing
@testable import Engine

/// Training step for step against PyTorch, from fixtures made by
/// `Fixtures/make_training_fixtures.py`: 20 steps of nn.RNN / nn.LSTM /
/// nn.GRU with an nn.Linear head, F.mse_loss or F.cross_entropy,
/// clip_grad_norm_ and Adam, SGD or RMSprop, from the same weights on the
/// same batches. The final weights (per tensor max|ours − torch| / max|torch|)
/// and every step's loss and gradient norm (|ours − torch| / |torch|) agree
/// within 1e-9 in Float64 and 1e-4 in Float32.
@Suite struct PyTorchTrainingTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/pytorch-training")

    static let cases: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".safetensors") }.sorted()
    }()

    /// Every cell, optimiser, loss and clipping setting the issue lists, in both precisions.
    @Test func fixturesCoverEveryCombination() throws {
        #expect(Self.cases.count >= 22)
        var seen: Set<String> = []
        for file in Self.cases {
            let m = try SafetensorsArchive(contentsOf: Self.directory.appendingPathComponent(file).path).metadata
            seen.insert("cell \(m["cell"] ?? "") \(m["nonlinearity"] ?? "")")
            seen.insert("optimizer \(m["optimizer"]?.prefix { $0 != "(" } ?? "")")
            seen.insert("loss \(m["loss"] ?? "") \(m["loss_steps"] ?? "")")
            seen.insert("clip \(m["clip"] == "0.0" ? "off" : "on")")
            seen.insert("dtype \(m["dtype"] ?? "")")
            if m["forget_bias"]?.isEmpty == false { seen.insert("forget bias") }
            if m["layers"] == "2" { seen.insert("two layers") }
        }
        let wanted: Set<String> = [
            "cell rnn tanh", "cell rnn relu", "cell lstm ", "cell gru ", "optimizer adam", "optimizer sgd",
            "optimizer rmsprop", "loss mse last", "loss ce every", "loss ce masked", "loss mse every",
            "clip on", "clip off", "dtype F32", "dtype F64", "forget bias", "two layers",
        ]
        #expect(wanted.subtracting(seen).isEmpty, "missing: \(wanted.subtracting(seen).sorted())")
    }

    @Test(arguments: cases)
    func trainsAsPyTorchDoes(file: String) throws {
        let archive = try SafetensorsArchive(contentsOf: Self.directory.appendingPathComponent(file).path)
        if archive.metadata["dtype"] == "F64" {
            try check(archive, Double.self, tolerance: 1e-9)
        } else {
            try check(archive, Float.self, tolerance: 1e-4)
        }
    }

    func check<S: EngineScalar>(_ archive: SafetensorsArchive, _: S.Type, tolerance: Double) throws {
        let m = archive.metadata
        let layers = try #require(Int(m["layers"] ?? ""))
        let cell: CellKind = switch m["cell"] {
        case "lstm": .lstm
        case "gru": .gru
        default: .rnn(m["nonlinearity"] == "relu" ? .relu : .tanh)
        }
        let lossSteps: LossSteps = switch m["loss_steps"] {
        case "every": .everyStep
        case "masked": .masked
        default: .lastStep
        }
        let replay = TrainingReplay(
            cell: cell, layers: layers, optimizer: try Self.optimizer(m["optimizer"] ?? ""),
            clip: try #require(Double(m["clip"] ?? "")), lossSteps: lossSteps)
        // The initial weights are the parameter-named tensors; the fixture's
        // other tensors are batches and PyTorch's results.
        var initial = NamedTensors<S>()
        for name in archive.names where name.hasPrefix("weight_") || name.hasPrefix("bias_") || name.hasPrefix("head.") {
            initial[name] = try archive.tensor(name)
        }
        let recurrent = try #require(initial["weight_hh_l0"]), inputWeights = try #require(initial["weight_ih_l0"])
        let head = try #require(initial["head.weight"])
        let model = try RecurrentModel<S>(
            spec: ModelSpec(cell: cell, hidden: recurrent.shape[1], layers: layers),
            inputSize: inputWeights.shape[1], outputSize: head.shape[0], parameters: initial)
        let batches: [Batch<S>] = try TrainingReplay.batches(archive, lossSteps: lossSteps, for: model)
        #expect(batches.count == 20)
        let result = try TrainingReplay.train(model, on: batches, optimizer: replay.optimizer, clip: replay.clip)
        #expect(result.outcome == .completed)

        var worst = 0.0
        for (name, tensor) in result.model.parameters.tensors {
            let reference: Tensor<S> = try archive.tensor("final.\(name)")
            #expect(tensor.shape == reference.shape, "\(name)")
            let error = TestData.relativeError(tensor.values, reference.values, floor: 1e-30)
            worst = max(worst, error)
            #expect(error <= tolerance, "\(archive.source) final \(name): \(error)")
        }
        for (label, ours) in [("losses", result.losses), ("grad_norms", result.gradientNorms)] {
            let reference: Tensor<Double> = try archive.tensor(label)
            #expect(ours.count == reference.count, "\(label)")
            for (step, (a, b)) in zip(ours, reference.values).enumerated() {
                let error = abs(a - b) / max(abs(b), 1e-30)
                worst = max(worst, error)
                #expect(error <= tolerance, "\(archive.source) \(label)[\(step)]: \(a) vs \(b), \(error)")
            }
        }
        if ProcessInfo.processInfo.environment["LESSONRUN_PRINT_PARITY"] != nil {
            print("parity \(archive.source.split(separator: "/").last ?? ""): worst relative difference \(worst)")
        }
    }

    /// The `--optimizer` syntax the fixtures record, e.g. `adam(lr: 0.01, beta1: 0.8)`.
    static func optimizer(_ text: String) throws -> OptimizerSettings {
        let name = String(text.prefix { $0 != "(" })
        var a: [String: Double] = [:]
        for part in text.drop(while: { $0 != "(" }).dropFirst().dropLast().split(separator: ",") {
            let pieces = part.split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
            a[pieces[0]] = Double(pieces[1])
        }
        switch name {
        case "adam":
            return .adam(learningRate: a["lr"] ?? 0.001, beta1: a["beta1"] ?? 0.9, beta2: a["beta2"] ?? 0.999, epsilon: a["eps"] ?? 1e-8)
        case "sgd":
            return .sgd(learningRate: try #require(a["lr"]), momentum: a["momentum"] ?? 0)
        default:
            return .rmsprop(learningRate: a["lr"] ?? 0.01, alpha: a["alpha"] ?? 0.99, epsilon: a["eps"] ?? 1e-8)
        }
    }
}
