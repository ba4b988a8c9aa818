/// FNV-1a, 64-bit: a stable hash for content-derived ids (Swift's `Hasher` is seeded per process).
enum ContentHash {
    static func hex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = Array("0123456789abcdef")
        var out = ""
        for shift in stride(from: 60, through: 0, by: -4) where out.count < 10 {
            out.append(digits[Int((hash >> UInt64(shift)) & 0xf)])
        }
        return out
    }
}
