/// Repairs of code fields damaged by spreadsheets (SPEC §1.3): codes are text, never numbers.
///
/// Two kinds of damage: a trailing `.0` (the code became a number and was written back with one
/// decimal) is repaired; scientific notation (`1,05001E+11`, `1.05E+15`: the code became a number and
/// was written in Excel's short form) cannot be, because the digits are lost, so such a value is no
/// code at all (`isScientific`).
public enum CodeRepair {
    /// The code without a trailing `.0` (already trimmed by the scanner).
    ///
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

    /// Whether `bytes` is a number in scientific notation: an optional sign, digits, optionally a `.`
    /// or `,` and more digits, then `E` or `e`, an optional sign and digits (`1,05001E+11`, `1.05E+15`,
    /// `1E11`). Such a "code" lost its digits in a spreadsheet and cannot be repaired.
    ///
    /// - Complexity: O(n); values without an `E` are dismissed after one look at each byte.
    public static func isScientific(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        guard n >= 3 else { return false }
        var i = 0
        if bytes[0] == 0x2B || bytes[0] == 0x2D { i = 1 }
        func digits() -> Int {
            let start = i
            while i < n && bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
            return i - start
        }
        guard digits() > 0, i < n else { return false }
        if bytes[i] == 0x2E || bytes[i] == 0x2C {
            i += 1
            guard digits() > 0, i < n else { return false }
        }
        guard bytes[i] == 0x45 || bytes[i] == 0x65 else { return false }
        i += 1
        if i < n && (bytes[i] == 0x2B || bytes[i] == 0x2D) { i += 1 }
        return digits() > 0 && i == n
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

    /// String convenience of `isScientific` (the text is trimmed first).
    public static func isScientific(_ text: String) -> Bool {
        var copy = text.trimmedOfWhitespace
        return copy.withUTF8 { isScientific($0) }
    }

    /// The digits of an integer written with thousands separators, or nil when `bytes` is not one.
    ///
    /// The rule: one to three digits, then one or more groups of exactly three digits each preceded
    /// by the same separator, `,` or `.` (`2,021` and `2.021` → `2021`, `1.234.567` → `1234567`).
    /// `1,0`, `12,34`, `2,0210` and `1,234.567` are not integers with separators.
    public static func groupedDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let n = bytes.count
        guard n >= 5 else { return nil }
        let separator = bytes[n - 4]
        guard separator == 0x2C || separator == 0x2E else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(n)
        var lead = 0
        var i = 0
        while i < n && bytes[i] != separator {
            guard bytes[i] >= 0x30 && bytes[i] <= 0x39 else { return nil }
            out.append(bytes[i])
            lead += 1
            i += 1
        }
        guard lead >= 1 && lead <= 3 else { return nil }
        while i < n {
            guard bytes[i] == separator, i + 4 <= n else { return nil }
            for k in 1...3 {
                let b = bytes[i + k]
                guard b >= 0x30 && b <= 0x39 else { return nil }
                out.append(b)
            }
            i += 4
        }
        return out
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

    /// String convenience of `code` then, when `padMunicipality`, of `municipality`. A value in
    /// scientific notation gives the empty code; with `droppingSeparators`, digits with thousands
    /// separators (`5,001`, as the datos.gov.co portal writes numeric columns) lose their separators.
    public static func code(_ text: String, padMunicipality: Bool = false, droppingSeparators: Bool = false) -> String {
        var copy = text.endsInPlainASCII
            ? text : text.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\u{FEFF}")))
        return copy.withUTF8 { bytes in
            if isScientific(bytes) { return "" }
            var repaired = code(bytes)
            let grouped = droppingSeparators ? groupedDigits(repaired) : nil
            return (grouped ?? []).withUnsafeBufferPointer { groupedBytes in
                if grouped != nil { repaired = groupedBytes }
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

    /// The hint shown with every code in scientific notation.
    public static let scientificHint =
        "Excel convirtió el código en número y perdió dígitos: use la exportación original o formatee la columna como texto antes de guardar"
}

import Foundation
