import Foundation

/// A parsed `.safetensors` file: an 8-byte little-endian header length, a
/// JSON header naming each tensor's dtype, shape and byte range, then the
/// raw little-endian data (https://github.com/huggingface/safetensors).
///
/// Opening validates the whole header, so that a malformed file fails with
/// one clear message before any tensor is used; tensors are converted to
/// the requested precision when read.
public struct SafetensorsArchive: Sendable {
    /// One tensor's header entry.
    public struct Entry: Sendable, Equatable {
        public let name: String
        /// The dtype as written, e.g. `F32`.
        public let dtype: String
        public let shape: [Int]
        /// The byte range within the data section.
        public let byteRange: Range<Int>
    }

    /// The tensors' entries, sorted by name.
    public let entries: [Entry]
    /// The `__metadata__` strings.
    public let metadata: [String: String]
    /// Where the data came from, for messages.
    public let source: String
    private let bytes: [UInt8]
    private let dataStart: Int

    /// Bytes per element of the dtypes the format defines.
    static let dtypeSizes: [String: Int] = [
        "BOOL": 1, "U8": 1, "I8": 1, "F8_E4M3": 1, "F8_E5M2": 1,
        "I16": 2, "U16": 2, "F16": 2, "BF16": 2,
        "I32": 4, "U32": 4, "F32": 4, "I64": 8, "U64": 8, "F64": 8,
    ]

    /// Reads and validates a file.
    /// - Throws: `EngineError.malformedFile` naming the path and the problem.
    public init(contentsOf path: String) throws(EngineError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .malformedFile("\(path): cannot be read (\(error.localizedDescription))")
        }
        try self.init(bytes: [UInt8](data), source: path)
    }

    /// Parses and validates the bytes of a file.
    /// - Parameter source: a name for the data in error messages.
    public init(bytes: [UInt8], source: String = "safetensors data") throws(EngineError) {
        func fail(_ message: String) -> EngineError { .malformedFile("\(source): \(message)") }
        guard bytes.count >= 8 else {
            throw fail("the file is \(bytes.count) bytes, too short for the 8-byte header length")
        }
        var length: UInt64 = 0
        for i in (0..<8).reversed() { length = length << 8 | UInt64(bytes[i]) }
        guard length <= UInt64(bytes.count - 8) else {
            throw fail("the header length \(length) runs past the end of the file (\(bytes.count) bytes); the file is truncated or not safetensors")
        }
        let headerEnd = 8 + Int(length)
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(bytes[8..<headerEnd]))
        } catch {
            throw fail("the header is not valid JSON")
        }
        guard let header = json as? [String: Any] else { throw fail("the header is not a JSON object") }
        let dataLength = bytes.count - headerEnd
        var metadata: [String: String] = [:]
        var entries: [Entry] = []
        for (name, value) in header {
            if name == "__metadata__" {
                guard let strings = value as? [String: String] else {
                    throw fail("__metadata__ must map strings to strings")
                }
                metadata = strings
                continue
            }
            entries.append(try Self.entry(name, value, dataLength: dataLength, fail: fail))
        }
        let byOffset = entries.sorted { ($0.byteRange.lowerBound, $0.byteRange.upperBound) < ($1.byteRange.lowerBound, $1.byteRange.upperBound) }
        for (a, b) in zip(byOffset, byOffset.dropFirst()) where a.byteRange.overlaps(b.byteRange) {
            throw fail("the data of tensors \(a.name) and \(b.name) overlap")
        }
        self.entries = entries.sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
        self.metadata = metadata
        self.source = source
        self.bytes = bytes
        self.dataStart = headerEnd
    }

    private static func entry(
        _ name: String, _ value: Any, dataLength: Int, fail: (String) -> EngineError
    ) throws(EngineError) -> Entry {
        guard let fields = value as? [String: Any] else { throw fail("the entry for \(name) is not an object") }
        guard let dtype = fields["dtype"] as? String else { throw fail("tensor \(name) has no dtype") }
        guard let size = dtypeSizes[dtype] else {
            throw fail("tensor \(name) has unknown dtype \"\(dtype)\"")
        }
        guard let shape = integers(fields["shape"]), shape.allSatisfy({ $0 >= 0 }) else {
            throw fail("tensor \(name) has no shape of non-negative integers")
        }
        guard let offsets = integers(fields["data_offsets"]), offsets.count == 2 else {
            throw fail("tensor \(name) needs data_offsets [begin, end]")
        }
        let (begin, end) = (offsets[0], offsets[1])
        guard begin >= 0, begin <= end, end <= dataLength else {
            throw fail("tensor \(name) has data_offsets [\(begin), \(end)] outside the \(dataLength) bytes of data")
        }
        var count = size
        for dimension in shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: dimension)
            guard !overflow else { throw fail("tensor \(name) has an impossibly large shape \(shape)") }
            count = product
        }
        guard count == end - begin else {
            throw fail("tensor \(name) of shape \(shape) and dtype \(dtype) needs \(count) bytes, its offsets span \(end - begin)")
        }
        return Entry(name: name, dtype: dtype, shape: shape, byteRange: begin..<end)
    }

    /// A JSON array of integers, or nil.
    private static func integers(_ value: Any?) -> [Int]? {
        guard let array = value as? [Any] else { return nil }
        var result: [Int] = []
        for element in array {
            guard let integer = element as? Int else { return nil }
            result.append(integer)
        }
        return result
    }

    /// The names of the tensors, sorted.
    public var names: [String] { entries.map(\.name) }

    /// The entry for a tensor, if the file holds it.
    public func entry(_ name: String) -> Entry? { entries.first { $0.name == name } }

    /// Reads a floating-point tensor (F32 or F64) into either precision.
    /// - Throws: `missingTensor` when the file does not hold it,
    ///   `malformedFile` when its dtype is not F32 or F64.
    public func tensor<Scalar: EngineScalar>(
        _ name: String, as _: Scalar.Type = Scalar.self
    ) throws(EngineError) -> Tensor<Scalar> {
        guard let entry = entry(name) else {
            throw .missingTensor("\(source) has no tensor \(name) (it has \(names.joined(separator: ", ")))")
        }
        let start = dataStart + entry.byteRange.lowerBound
        let count = entry.byteRange.count / (Self.dtypeSizes[entry.dtype] ?? 1)
        var values: [Scalar] = []
        values.reserveCapacity(count)
        switch entry.dtype {
        case "F32":
            for i in 0..<count {
                values.append(Scalar(Float(bitPattern: UInt32(littleEndianBytes: bytes, at: start + 4 * i))))
            }
        case "F64":
            for i in 0..<count {
                values.append(Scalar(Double(bitPattern: UInt64(littleEndianBytes: bytes, at: start + 8 * i))))
            }
        default:
            throw .malformedFile("\(source): tensor \(name) has dtype \(entry.dtype); only F32 and F64 can be read")
        }
        return try Tensor(shape: entry.shape, values: values)
    }

    /// Reads an integer or boolean tensor (I64, I32, U8 or BOOL), such as
    /// class indices or a mask, as its shape and row-major values.
    /// - Throws: `missingTensor` when the file does not hold it,
    ///   `malformedFile` for any other dtype.
    public func integers(_ name: String) throws(EngineError) -> (shape: [Int], values: [Int]) {
        guard let entry = entry(name) else {
            throw .missingTensor("\(source) has no tensor \(name) (it has \(names.joined(separator: ", ")))")
        }
        let start = dataStart + entry.byteRange.lowerBound
        let size = Self.dtypeSizes[entry.dtype] ?? 1
        let count = entry.byteRange.count / size
        var values: [Int] = []
        values.reserveCapacity(count)
        switch entry.dtype {
        case "I64":
            for i in 0..<count { values.append(Int(Int64(littleEndianBytes: bytes, at: start + 8 * i))) }
        case "I32":
            for i in 0..<count { values.append(Int(Int32(littleEndianBytes: bytes, at: start + 4 * i))) }
        case "U8", "BOOL":
            for i in 0..<count { values.append(Int(bytes[start + i])) }
        default:
            throw .malformedFile("\(source): tensor \(name) has dtype \(entry.dtype); use I64, I32, U8 or BOOL")
        }
        return (entry.shape, values)
    }

    /// Reads every tensor, in name order.
    public func tensors<Scalar: EngineScalar>(as _: Scalar.Type = Scalar.self) throws(EngineError) -> NamedTensors<Scalar> {
        var result = NamedTensors<Scalar>()
        for entry in entries { result[entry.name] = try tensor(entry.name, as: Scalar.self) }
        return result
    }
}

extension FixedWidthInteger {
    /// The integer stored little-endian at `offset`.
    init(littleEndianBytes bytes: [UInt8], at offset: Int) {
        var value = Self.zero
        for i in (0..<(Self.bitWidth / 8)).reversed() { value = value << 8 | Self(bytes[offset + i]) }
        self = value
    }
}
