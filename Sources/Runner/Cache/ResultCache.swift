import Foundation
import Lessons

/// Results on disk, addressed by `CacheKey`. Each entry carries the SHA-256
/// of its payload, so a truncated or edited file is detected and treated as
/// missing (then recomputed and rewritten).
public struct ResultCache: Sendable {
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    private struct Entry: Codable {
        var format: Int
        var key: String
        var payloadSHA256: String
        var payload: String
    }

    static let format = 1

    private func path(_ key: CacheKey) -> String {
        LocalPath(folder).appending("\(key.hex).json").string
    }

    /// The cached value, or nil when absent, corrupt or of another shape.
    ///
    /// A cache is only ever a shortcut: an entry that cannot be read is a miss, and the
    /// directive runs again and rewrites it (so the decoding errors are dropped on purpose).
    public func read<T: Decodable>(_ type: T.Type, key: CacheKey) -> T? {
        guard let data = FileManager.default.contents(atPath: path(key)),
              let entry = try? JSONDecoder().decode(Entry.self, from: data),
              entry.format == Self.format, entry.key == key.hex,
              (try? CacheKey.digest(Array(entry.payload.utf8))) == entry.payloadSHA256
        else { return nil }
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = Self.nonFinite.decoding
        return try? decoder.decode(T.self, from: Data(entry.payload.utf8))
    }

    /// A run that diverged holds NaN and infinite losses, which JSON has no numbers for.
    static let nonFinite = (
        encoding: JSONEncoder.NonConformingFloatEncodingStrategy.convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan"),
        decoding: JSONDecoder.NonConformingFloatDecodingStrategy.convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan"))

    /// Stores a value; written to a temporary file and renamed, so readers
    /// never see half an entry.
    public func write<T: Encodable>(_ value: T, key: CacheKey) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = Self.nonFinite.encoding
        let payload = String(decoding: try encoder.encode(value), as: UTF8.self)
        let entry = Entry(format: Self.format, key: key.hex, payloadSHA256: try CacheKey.digest(Array(payload.utf8)), payload: payload)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = path(key) + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        try encoder.encode(entry).write(to: URL(fileURLWithPath: temporary))
        // rename(2) replaces an older entry in one step.
        guard rename(temporary, path(key)) == 0 else {
            let error = CacheWriteError(path: path(key), reason: String(cString: strerror(errno)))
            unlink(temporary)
            throw error
        }
    }

    /// Removes every entry. Returns how many there were.
    @discardableResult
    public func clear() throws -> Int {
        guard FileManager.default.fileExists(atPath: folder) else { return 0 }
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder)
        try FileManager.default.removeItem(atPath: folder)
        return entries.count
    }
}

/// A cache entry could not be put in place; says which and why.
struct CacheWriteError: Error, LocalizedError {
    let path: String
    let reason: String
    var errorDescription: String? { "cannot write '\(path)': \(reason)" }
}
