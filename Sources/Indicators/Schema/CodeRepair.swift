/// Repairs of code fields damaged by spreadsheets (SPEC §1.3): codes are text, never numbers.
public enum CodeRepair {
    /// The code without a trailing `.0` (already trimmed by the scanner).

    public static func code(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let n = bytes.count
        if n >= 3 && bytes[n - 2] == 0x2E && bytes[n - 1] == 0x30 {
            return UnsafeBufferPointer(rebasing: bytes[0..<(n - 2)])
        }
        return bytes
    }

    /// A municipality code left-padded with zeros to 5 digits (only when it is all digits).

    public static func municipality(_ bytes: UnsafeBufferPointer<UInt8>, scratch: ByteScratch)
        -> UnsafeBufferPointer<UInt8>
    {
        let n = bytes.count
        guard n > 0 && n < 5 && bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return bytes }
        let out = scratch.reserve(5)
        for i in 0..<(5 - n) { out[i] = 0x30 }
        for i in 0..<n { out[5 - n + i] = bytes[i] }
        return UnsafeBufferPointer(start: out, count: 5)
    }

    /// String convenience of `code` then, when `padMunicipality`, of `municipality`.
    public static func code(_ text: String, padMunicipality: Bool = false) -> String {
        var copy = text.trimmingCharacters(in: .whitespaces)
        return copy.withUTF8 { bytes in
            let repaired = code(bytes)
            if padMunicipality {
                let scratch = ByteScratch()
                return withExtendedLifetime(scratch) {
                    String(decoding: municipality(repaired, scratch: scratch), as: UTF8.self)
                }
            }
            return String(decoding: repaired, as: UTF8.self)
        }
    }
}

import Foundation
