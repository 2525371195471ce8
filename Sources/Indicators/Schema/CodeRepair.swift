/// Repairs of code fields damaged by spreadsheets (SPEC §1.3): codes are text, never numbers.
public enum CodeRepair {
    /// The code without a trailing `.0` (already trimmed by the scanner).

    /// A byte-order mark (U+FEFF, `EF BB BF`) at either end is dropped with the spaces beside it: a BOM
    /// left inside a field (files joined with `cat`) must not make a second, phantom code.
    public static func code(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let bytes = withoutByteOrderMarks(bytes)
        let n = bytes.count
        if n >= 3 && bytes[n - 2] == 0x2E && bytes[n - 1] == 0x30 {
            return UnsafeBufferPointer(rebasing: bytes[0..<(n - 2)])
        }
        return bytes
    }

    /// `bytes` without the BOMs and spaces at its ends (unchanged, and cheap, when there is none).
    @inline(__always)
    static func withoutByteOrderMarks(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        guard end >= 3, bytes[0] == 0xEF || bytes[end - 1] == 0xBF else { return bytes }
        while true {
            if end - start >= 3 && bytes[start] == 0xEF && bytes[start + 1] == 0xBB && bytes[start + 2] == 0xBF {
                start += 3
            } else if end - start >= 3 && bytes[end - 3] == 0xEF && bytes[end - 2] == 0xBB && bytes[end - 1] == 0xBF {
                end -= 3
            } else if start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) {
                start += 1
            } else if start < end && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) {
                end -= 1
            } else {
                break
            }
        }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
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
        var copy = text.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\u{FEFF}")))
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
