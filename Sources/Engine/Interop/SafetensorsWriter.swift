import Foundation
import TextTools

/// Writes tensors as `.safetensors`, byte for byte the same for the same
/// input: the header's keys sorted (by UTF-8 bytes, `__metadata__` among
/// them), no whitespace inside it, padded with spaces to a multiple of 8
/// bytes as the format allows; the data in the header's order,
/// little-endian, F32 for `Float` tensors and F64 for `Double` ones.
public enum SafetensorsWriter {
    /// The bytes of a file holding `tensors` and `metadata`.
    public static func encode<Scalar: EngineScalar>(
        _ tensors: NamedTensors<Scalar>, metadata: [String: String] = [:]
    ) -> [UInt8] {
        let size = Scalar.dtypeName == "F64" ? 8 : 4
        let sorted = tensors.tensors.sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
        var fields: [(key: String, json: String)] = []
        var offset = 0
        for (name, tensor) in sorted {
            let end = offset + tensor.count * size
            let shape = tensor.shape.map(String.init).joined(separator: ",")
            fields.append((name, #"{"dtype":"\#(Scalar.dtypeName)","shape":[\#(shape)],"data_offsets":[\#(offset),\#(end)]}"#))
            offset = end
        }
        if !metadata.isEmpty {
            let pairs = metadata.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
                .map { "\(JSONEscaping.quoted($0.key)):\(JSONEscaping.quoted($0.value))" }
            fields.append(("__metadata__", "{" + pairs.joined(separator: ",") + "}"))
        }
        fields.sort { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
        var header = Array(("{" + fields.map { "\(JSONEscaping.quoted($0.key)):\($0.json)" }.joined(separator: ",") + "}").utf8)
        while header.count % 8 != 0 { header.append(0x20) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(8 + header.count + offset)
        appendLittleEndian(UInt64(header.count), to: &bytes)
        bytes += header
        for (_, tensor) in sorted {
            for value in tensor.values {
                if size == 8 {
                    appendLittleEndian(Double(value).bitPattern, to: &bytes)
                } else {
                    appendLittleEndian(Float(value).bitPattern, to: &bytes)
                }
            }
        }
        return bytes
    }

    /// Writes a file.
    /// - Throws: `EngineError.malformedFile` when the file cannot be written.
    public static func write<Scalar: EngineScalar>(
        _ tensors: NamedTensors<Scalar>, metadata: [String: String] = [:], to path: String
    ) throws(EngineError) {
        do {
            try Data(encode(tensors, metadata: metadata)).write(to: URL(fileURLWithPath: path))
        } catch {
            throw .malformedFile("\(path): cannot be written (\(error.localizedDescription))")
        }
    }

    static func appendLittleEndian<I: FixedWidthInteger>(_ value: I, to bytes: inout [UInt8]) {
        for i in 0..<(I.bitWidth / 8) { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * i))) }
    }
}
