/// CRC-32 as used by ZIP (reflected polynomial 0xEDB88320, initial and final XOR 0xFFFFFFFF),
/// one table lookup per byte.
enum CRC32 {
    /// Remainder of every byte value, built once.
    static let table: [UInt32] = (0..<256).map { byte in
        var remainder = UInt32(byte)
        for _ in 0..<8 {
            remainder = remainder & 1 == 1 ? (remainder >> 1) ^ 0xEDB8_8320 : remainder >> 1
        }
        return remainder
    }

    /// The checksum of `bytes`; `"123456789"` gives `0xCBF43926`.
    ///
    /// - Complexity: O(n).
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        table.withUnsafeBufferPointer { table in
            bytes.withUnsafeBufferPointer { bytes in
                for byte in bytes {
                    crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
                }
            }
        }
        return crc ^ 0xFFFF_FFFF
    }
}
