extension NamedTensors {
    /// FNV-1a (64-bit) over every name and every value's bit pattern, in
    /// order: equal checksums mean bit-identical tensors, for pinning
    /// determinism and for comparing runs.
    public var checksum: UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ byte: UInt8) { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        for (name, tensor) in tensors {
            for byte in name.utf8 { mix(byte) }
            for value in tensor.values {
                let bits = Double(value).bitPattern
                for shift in stride(from: 0, to: 64, by: 8) { mix(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
            }
        }
        return h
    }
}
