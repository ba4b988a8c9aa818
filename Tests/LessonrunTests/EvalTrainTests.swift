import Foundation
import Testing

/// `lessonrun eval --train` end to end: a run writes the final weights with
/// `losses` and `grad_norms`; usage errors exit 64; bad files and shapes
/// exit 1 with a message naming the file and what to change.
@Suite struct EvalTrainTests {
    /// A safetensors file written by hand: F64 for `.float`, I64 for `.integer`.
    enum Values {
        case float([Double])
        case integer([Int])
    }

    static func safetensors(_ tensors: [(String, [Int], Values)]) -> Data {
        var header: [String] = [], data = Data()
        for (name, shape, values) in tensors {
            let start = data.count
            let dtype: String
            switch values {
            case .float(let v):
                dtype = "F64"
                for x in v { withUnsafeBytes(of: x.bitPattern.littleEndian) { data.append(contentsOf: $0) } }
            case .integer(let v):
                dtype = "I64"
                for x in v { withUnsafeBytes(of: Int64(x).littleEndian) { data.append(contentsOf: $0) } }
            }
            let dims = shape.map(String.init).joined(separator: ",")
            header.append(#""\#(name)":{"dtype":"\#(dtype)","shape":[\#(dims)],"data_offsets":[\#(start),\#(data.count)]}"#)
        }
        var json = Data("{\(header.joined(separator: ","))}".utf8)
        while json.count % 8 != 0 { json.append(UInt8(ascii: " ")) }
        var file = Data()
        withUnsafeBytes(of: UInt64(json.count).littleEndian) { file.append(contentsOf: $0) }
        return file + json + data
    }

    static func ramp(_ count: Int, scale: Double = 0.1) -> Values {
        .float((0..<count).map { scale * sin(Double($0) + 1) })
    }

    /// A vanilla RNN of 2 units on 1 input with a 1-output head.
    static let weights: [(String, [Int], Values)] = [
        ("weight_ih_l0", [2, 1], ramp(2)), ("weight_hh_l0", [2, 2], ramp(4)),
        ("bias_ih_l0", [2], ramp(2)), ("bias_hh_l0", [2], ramp(2)),
        ("head.weight", [1, 2], ramp(2)), ("head.bias", [1], ramp(1)),
    ]

    /// Three batches of T = 4 steps, B = 2 sequences, 1 input.
    static func batches(inputs: Int = 1, target: (String, [Int], Values)? = nil) -> [(String, [Int], Values)] {
        [("input", [3, 4, 2, inputs], ramp(24 * inputs, scale: 1)), target ?? ("target", [3, 4, 2, 1], ramp(24, scale: 1))]
    }

    func workspace(weights: [(String, [Int], Values)] = Self.weights, batches: [(String, [Int], Values)] = Self.batches()) throws -> Workspace {
        let ws = try Workspace()
        try Self.safetensors(weights).write(to: ws.url.appendingPathComponent("w.safetensors"))
        try Self.safetensors(batches).write(to: ws.url.appendingPathComponent("b.safetensors"))
        return ws
    }

    static let train = ["eval", "--train", "--cell", "rnn", "--weights", "w.safetensors", "--batches", "b.safetensors",
                        "--optimizer", "adam(lr: 0.01)", "--clip", "1"]

    /// The header of a safetensors file, as JSON.
    func header(_ ws: Workspace, _ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: ws.url.appendingPathComponent(path))
        let length = data.prefix(8).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        return try #require(try JSONSerialization.jsonObject(with: data.subdata(in: 8..<(8 + length))) as? [String: Any])
    }

    @Test func writesFinalWeightsLossesAndNorms() throws {
        let ws = try workspace()
        let run = try Binary.run(Self.train + ["--output", "o.safetensors"], in: ws.url)
        #expect(run.status == 0, "\(run.stderr)")
        let h = try header(ws, "o.safetensors")
        for (name, _, _) in Self.weights { #expect(h[name] != nil, "\(name)") }
        for name in ["losses", "grad_norms"] {
            let entry = try #require(h[name] as? [String: Any], "\(name)")
            #expect(entry["shape"] as? [Int] == [3])
            #expect(entry["dtype"] as? String == "F64")
        }
        let metadata = try #require(h["__metadata__"] as? [String: String])
        #expect(metadata["outcome"] == "completed")

        let two = try Binary.run(Self.train + ["--output", "o2.safetensors", "--steps", "2"], in: ws.url)
        #expect(two.status == 0, "\(two.stderr)")
        #expect((try header(ws, "o2.safetensors")["losses"] as? [String: Any])?["shape"] as? [Int] == [2])
    }

    @Test(arguments: [
        (["--output", "w.safetensors"], "--output would overwrite --weights"),
        (["--output", "./b.safetensors"], "--output would overwrite --batches"),
        (["--output", "o.safetensors", "--input", "x.safetensors"], "--train reads --batches, not --input"),
        (["--output", "o.safetensors", "--grad"], "--grad applies to a single pass"),
        (["--output", "o.safetensors", "--clip=-1"], "--clip must be 0 (off) or positive"),
        (["--output", "o.safetensors", "--steps", "0"], "--steps must be at least 1"),
        (["--output", "o.safetensors", "--optimizer", "adamw(lr: 0.01)"], "unknown optimizer 'adamw'"),
        (["--output", "o.safetensors", "--optimizer", "adam(lr: 0.01, beta: 0.9)"], "adam has no parameter 'beta'"),
        (["--output", "o.safetensors", "--optimizer", "sgd(momentum: 0.9)"], "sgd needs a learning rate"),
        (["--output", "o.safetensors", "--optimizer", "adam(lr: -1)"], "learning rate must be a positive number"),
        (["--output", "o.safetensors", "--loss-steps", "first"], "--loss-steps"),
    ])
    func usageErrorsExit64(extra: [String], message: String) throws {
        let ws = try workspace()
        let run = try Binary.run(Self.train + extra, in: ws.url)
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!ws.exists("o.safetensors"))
    }

    @Test func trainingOptionsNeedTrain() throws {
        let ws = try workspace()
        let plain = ["eval", "--cell", "rnn", "--weights", "w.safetensors", "--output", "o.safetensors"]
        let noInput = try Binary.run(plain, in: ws.url)
        #expect(noInput.status == 64)
        #expect(noInput.stderr.contains("eval needs --input"), "\(noInput.stderr)")
        let clip = try Binary.run(plain + ["--input", "b.safetensors", "--clip", "1"], in: ws.url)
        #expect(clip.status == 64)
        #expect(clip.stderr.contains("--clip applies to --train only"), "\(clip.stderr)")
        let noBatches = try Binary.run(["eval", "--train", "--cell", "rnn", "--weights", "w.safetensors", "--output", "o.safetensors",
                                        "--optimizer", "sgd(lr: 0.1)"], in: ws.url)
        #expect(noBatches.status == 64)
        #expect(noBatches.stderr.contains("--train needs --batches"), "\(noBatches.stderr)")
    }

    @Test func badFilesAndShapesAreExplained() throws {
        let noHead = Array(Self.weights.prefix(4))
        let cases: [(weights: [(String, [Int], Values)], batches: [(String, [Int], Values)], extra: [String], message: String)] = [
            (noHead, Self.batches(), [], "needs the linear head head.weight"),
            (Self.weights, Self.batches(inputs: 3), [], "input has 3 channels"),
            (Self.weights, Self.batches(target: ("target", [3, 4, 2, 2], Self.ramp(48))), [], "target has shape [3, 4, 2, 2]"),
            (Self.weights, Self.batches(target: ("classes", [3, 4, 2], .integer(Array(repeating: 1, count: 24)))), [],
             "class 1 is outside 0..<1"),
            (Self.weights, Self.batches(), ["--steps", "5"], "holds 3 batches; --steps 5 needs 5"),
            (Self.weights, Self.batches(), ["--loss-steps", "masked"], "has no tensor mask"),
            (Self.weights, Self.batches(), ["--layers", "2"], "weight_ih_l1"),
            (Self.weights, [("input", [3, 4, 2, 1], Self.ramp(24))], [], "needs exactly one of target"),
        ]
        for c in cases {
            let ws = try workspace(weights: c.weights, batches: c.batches)
            let run = try Binary.run(Self.train + ["--output", "o.safetensors"] + c.extra, in: ws.url)
            #expect(run.status == 1, "\(c.message): \(run.stderr)")
            #expect(run.stderr.contains(c.message), "\(c.message): \(run.stderr)")
            #expect(!ws.exists("o.safetensors"), "\(c.message)")
        }
        let ws = try workspace()
        try Data("not safetensors".utf8).write(to: ws.url.appendingPathComponent("b.safetensors"))
        let run = try Binary.run(Self.train + ["--output", "o.safetensors"], in: ws.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("b.safetensors"), "\(run.stderr)")
    }
}
