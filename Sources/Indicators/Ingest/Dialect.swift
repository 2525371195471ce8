/// How a delimited file is written: its field delimiter.
public struct Dialect: Sendable, Equatable {
    /// The delimiter byte in the scanned buffer. `¬` files are rewritten so that `¬` becomes
    /// `Dialect.notSignByte` (it is two bytes in UTF-8).
    public var delimiter: UInt8
    /// Whether the file used `¬` (U+00AC), as ICFES files do.
    public var isNotSign: Bool

    /// The byte that stands for `¬` after `Dialect.replacingNotSign(_:)`.
    public static let notSignByte: UInt8 = 0x1F

    /// The candidates tried by the sniffer, in order.
    public static let candidates: [Dialect] = [
        Dialect(delimiter: UInt8(ascii: ","), isNotSign: false),
        Dialect(delimiter: UInt8(ascii: ";"), isNotSign: false),
        Dialect(delimiter: UInt8(ascii: "\t"), isNotSign: false),
        Dialect(delimiter: UInt8(ascii: "|"), isNotSign: false),
        Dialect(delimiter: notSignByte, isNotSign: true),
    ]

    /// The delimiter as the user would write it (`,` `;` `\t` `|` `¬`).
    public var name: String {
        if isNotSign { return "¬" }
        if delimiter == 0x09 { return "\\t" }
        return String(UnicodeScalar(delimiter))
    }

    /// Sniffs the delimiter on a sample of the UTF-8 buffer: the candidate giving the most rows with
    /// one consistent field count of at least two wins (ties: more fields). A bad row cannot decide
    /// it because only the most frequent field count scores. No candidate with two fields: a
    /// one-column file (reported as `,`).
    public static func sniff(_ bytes: [UInt8], sampleBytes: Int = 1 << 20, sampleRows: Int = 500) -> Dialect {
        bytes.withUnsafeBufferPointer { sniff($0, more: false, sampleBytes: sampleBytes, sampleRows: sampleRows) }
    }

    /// `sniff(_:)` on the first block of a file read in pieces; `more` says whether the file goes on
    /// after `bytes`.
    public static func sniff(_ bytes: UnsafeBufferPointer<UInt8>, more: Bool, sampleBytes: Int = 1 << 20,
                             sampleRows: Int = 500) -> Dialect {
        let sample = Array(bytes.prefix(sampleBytes))
        let truncated = sample.count < bytes.count || more
        var best = candidates[0]
        var bestScore = (rows: 0, fields: 0)
        for candidate in candidates {
            let text = candidate.isNotSign ? replacingNotSign(sample) : sample
            let counts = fieldCounts(text, delimiter: candidate.delimiter, maxRows: sampleRows,
                                     dropLast: truncated)
            var frequency: [Int: Int] = [:]
            for c in counts where c >= 2 { frequency[c, default: 0] += 1 }
            guard let mode = frequency.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { continue }
            if (mode.value, mode.key) > (bestScore.rows, bestScore.fields) {
                bestScore = (mode.value, mode.key)
                best = candidate
            }
        }
        return best
    }

    /// Rewrites every UTF-8 `¬` (C2 AC) as the single byte `notSignByte`.
    public static func replacingNotSign(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xAC {
                out.append(notSignByte)
                i += 2
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    static func fieldCounts(_ bytes: [UInt8], delimiter: UInt8, maxRows: Int, dropLast: Bool) -> [Int] {
        var counts: [Int] = []
        let row = RowFields()
        bytes.withUnsafeBufferPointer { p in
            guard p.count > 0 else { return }
            var position = 0
            while position < p.count && counts.count < maxRows {
                let scan = CSVScanner.scanRow(p, from: position, delimiter: delimiter, into: row)
                if scan.next >= p.count && (dropLast || scan.unterminatedQuote) { break }
                if !CSVScanner.isBlank(row.spans) { counts.append(row.count) }
                position = scan.next
            }
        }
        return counts
    }
}
