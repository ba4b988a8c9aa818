import Foundation
import Testing
@testable import Engine

@Suite struct SafetensorsTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/safetensors")

    private func tensors<S: EngineScalar>(_ pairs: [(String, [Int], [S])]) throws -> NamedTensors<S> {
        var result = NamedTensors<S>()
        for (name, shape, values) in pairs { result[name] = try Tensor(shape: shape, values: values) }
        return result
    }

    /// A header followed by `data`, with the length prefix.
    private func file(_ header: String, data: [UInt8] = []) -> [UInt8] {
        var bytes: [UInt8] = []
        SafetensorsWriter.appendLittleEndian(UInt64(header.utf8.count), to: &bytes)
        return bytes + Array(header.utf8) + data
    }

    private func message(_ body: () throws(EngineError) -> Void) -> String {
        do { try body() } catch { return error.description }
        return "no error"
    }

    @Test func readsTheReferenceImplementationsFiles() throws {
        let f32 = try SafetensorsArchive(contentsOf: Self.fixtures.appendingPathComponent("reference_f32.safetensors").path)
        #expect(f32.names == ["bias", "scalar", "weight"])
        #expect(f32.metadata["producer"] == "make_fixtures.py")
        let weight = try f32.tensor("weight", as: Float.self)
        #expect(weight.shape == [2, 3])
        #expect(weight.values == [1.5, -2.0, 0.1, 3.25, 1e-30, -0.0])
        #expect(try f32.tensor("scalar", as: Double.self) == Tensor(shape: [], values: [7.0]))
        #expect(try f32.tensor("weight", as: Double.self).values[2] == Double(Float(0.1)))

        let f64 = try SafetensorsArchive(contentsOf: Self.fixtures.appendingPathComponent("reference_f64.safetensors").path)
        let input = try f64.tensor("input", as: Double.self)
        #expect(input.shape == [2, 3, 4])
        #expect(input.values == (0..<24).map { Double($0) / 7 })
        #expect(try f64.tensor("input", as: Float.self).values == (0..<24).map { Float(Double($0) / 7) })
        #expect(f64.entry("steps")?.dtype == "I64")
        #expect(throws: EngineError.self) { try f64.tensor("steps", as: Double.self) }
    }

    @Test func writesTheReferenceImplementationsBytes() throws {
        let reference = try Data(contentsOf: Self.fixtures.appendingPathComponent("reference_f32.safetensors"))
        let ours = SafetensorsWriter.encode(
            try tensors([
                ("weight", [2, 3], [1.5, -2.0, 0.1, 3.25, 1e-30, -0.0] as [Float]),
                ("bias", [2], [0.5, -0.25]), ("scalar", [], [7]),
            ]),
            metadata: ["producer": "make_fixtures.py", "safetensors": "0.8.0"])
        #expect(ours == [UInt8](reference))
    }

    @Test func roundTripsBothPrecisions() throws {
        let doubles = try tensors([("b", [3], [1.0 / 3, -0.0, .infinity]), ("a/x", [2, 2], [1e-310, 2, 3, .pi])])
        let bytes = SafetensorsWriter.encode(doubles, metadata: ["torch": "2.5.1", "note": "quote \" and \n"])
        #expect(bytes.count % 8 == 0)
        let archive = try SafetensorsArchive(bytes: bytes)
        #expect(try archive.tensors(as: Double.self) == doubles.sortedByName())
        #expect(archive.metadata == ["torch": "2.5.1", "note": "quote \" and \n"])
        #expect(archive.entries.allSatisfy { $0.dtype == "F64" })
        #expect(try archive.tensor("b", as: Float.self).values[0] == Float(1.0 / 3))

        let floats = try tensors([("w", [2], [Float(0.1), -Float.greatestFiniteMagnitude]), ("empty", [0, 4], [Float]())])
        let again = try SafetensorsArchive(bytes: SafetensorsWriter.encode(floats))
        #expect(try again.tensors(as: Float.self) == floats.sortedByName())
        #expect(again.entry("w")?.dtype == "F32")
        #expect(SafetensorsWriter.encode(floats) == SafetensorsWriter.encode(floats))
    }

    @Test func writesAndReadsFiles() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("lessonrun-\(UInt64.random(in: 0...UInt64.max)).safetensors").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let t = try tensors([("x", [1], [2.5])])
        try SafetensorsWriter.write(t, to: path)
        #expect(try SafetensorsArchive(contentsOf: path).tensors(as: Double.self) == t)
        #expect(message { () throws(EngineError) in _ = try SafetensorsArchive(contentsOf: path + ".missing") }.contains("cannot be read"))
    }

    @Test func missingTensorNamesWhatIsThere() throws {
        let archive = try SafetensorsArchive(bytes: SafetensorsWriter.encode(try tensors([("h0", [1], [0.0])])))
        #expect(throws: EngineError.missingTensor("safetensors data has no tensor c0 (it has h0)")) {
            try archive.tensor("c0", as: Float.self)
        }
    }

    @Test func malformedFiles() {
        let f32 = #"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}"#
        let cases: [(String, [UInt8])] = [
            ("too short", [1, 2, 3]),
            ("runs past the end", file(f32).prefix(8) + Array("{}".utf8)),
            ("not valid JSON", file("{not json", data: [])),
            ("not a JSON object", file("[1, 2]")),
            ("outside the 4 bytes", file(f32, data: [0, 0, 0, 0])),
            ("needs 8 bytes, its offsets span 4",
             file(#"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,4]}}"#, data: [0, 0, 0, 0])),
            ("overlap", file(#"{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"b":{"dtype":"F32","shape":[1],"data_offsets":[2,6]}}"#, data: Array(repeating: 0, count: 8))),
            ("unknown dtype \"F31\"", file(#"{"a":{"dtype":"F31","shape":[1],"data_offsets":[0,4]}}"#, data: [0, 0, 0, 0])),
            ("no shape", file(#"{"a":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}}"#, data: [0, 0, 0, 0])),
            ("data_offsets [begin, end]", file(#"{"a":{"dtype":"F32","shape":[1],"data_offsets":[0]}}"#, data: [0, 0, 0, 0])),
            ("no dtype", file(#"{"a":{"shape":[1],"data_offsets":[0,4]}}"#, data: [0, 0, 0, 0])),
            ("__metadata__ must map strings", file(#"{"__metadata__":{"n":1}}"#)),
        ]
        for (expected, bytes) in cases {
            let text = message { () throws(EngineError) in _ = try SafetensorsArchive(bytes: bytes, source: "x.safetensors") }
            #expect(text.hasPrefix("malformed file: x.safetensors: "), "\(expected): \(text)")
            #expect(text.contains(expected), "\(expected): \(text)")
        }
    }

    @Test func acceptsEmptyTensorsAndNoData() throws {
        let archive = try SafetensorsArchive(bytes: file(#"{"e":{"dtype":"F64","shape":[0],"data_offsets":[0,0]}}"#))
        #expect(try archive.tensor("e", as: Double.self).values.isEmpty)
        #expect(try SafetensorsArchive(bytes: file("{}")).names.isEmpty)
    }
}

extension NamedTensors {
    /// The same tensors inserted in name order, as an archive reads them.
    func sortedByName() -> NamedTensors {
        var result = NamedTensors()
        for (name, tensor) in tensors.sorted(by: { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }) {
            result[name] = tensor
        }
        return result
    }
}
