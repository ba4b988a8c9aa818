import CLibCrypto

/// A content address: the SHA-256 of everything a result depends on.
public struct CacheKey: Hashable, Sendable, Codable, CustomStringConvertible {
    public var hex: String

    public init(hex: String) {
        self.hex = hex
    }

    /// Hashes the parts in order, each length-prefixed so that no two lists
    /// of parts give the same bytes.
    public init(parts: [String]) throws(DigestError) {
        var bytes: [UInt8] = []
        for part in parts {
            let utf8 = Array(part.utf8)
            withUnsafeBytes(of: UInt64(utf8.count).littleEndian) { bytes += $0 }
            bytes += utf8
        }
        hex = try Self.digest(bytes)
    }

    public var description: String { hex }

    /// The SHA-256 of some bytes, as lowercase hex (OpenSSL's libcrypto).
    public static func digest(_ bytes: [UInt8]) throws(DigestError) -> String {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var size: UInt32 = 0
        let status = bytes.withUnsafeBytes { data in
            EVP_Digest(data.baseAddress, data.count, &digest, &size, EVP_sha256(), nil)
        }
        guard status == 1, size == 32 else { throw DigestError() }
        return digest.prefix(32).map { byte in
            let s = String(byte, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
    }
}

/// libcrypto could not compute a SHA-256 (out of memory, or its providers misconfigured).
public struct DigestError: Error, CustomStringConvertible, Sendable {
    public var description: String { "OpenSSL's libcrypto could not compute a SHA-256 digest" }
}
