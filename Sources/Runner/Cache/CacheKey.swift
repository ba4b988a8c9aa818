import Crypto

/// A content address: the SHA-256 of everything a result depends on.
public struct CacheKey: Hashable, Sendable, Codable, CustomStringConvertible {
    public var hex: String

    public init(hex: String) {
        self.hex = hex
    }

    /// Hashes the parts in order, each length-prefixed so that no two lists
    /// of parts give the same bytes.
    public init(parts: [String]) {
        var hasher = SHA256()
        for part in parts {
            let bytes = Array(part.utf8)
            var length = UInt64(bytes.count).littleEndian
            withUnsafeBytes(of: &length) { hasher.update(bufferPointer: $0) }
            hasher.update(data: bytes)
        }
        hex = hasher.finalize().map { byte in
            let s = String(byte, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
    }

    public var description: String { hex }

    /// The SHA-256 of some bytes, as lowercase hex.
    public static func digest(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let s = String(byte, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
    }
}
