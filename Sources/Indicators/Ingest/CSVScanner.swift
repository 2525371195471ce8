/// Where one field lies in the file buffer. `quoted` fields must be unescaped before use.
public struct FieldSpan: Sendable {
    /// Offset of the first byte (an opening quote included, when quoted).
    public var start: Int
    /// Offset one past the last byte.
    public var end: Int
    /// Whether the field starts with a quote (its value must be unescaped).
    public var quoted: Bool
}

/// The outcome of scanning one row.
public struct RowScan: Sendable {
    /// Offset where the next row starts.
    public var next: Int
    /// Line ends consumed (inside quotes and the row's own terminator).
    public var lineEnds: Int
    /// The row reached the end of the buffer inside a quoted field.
    public var unterminatedQuote: Bool
}

/// RFC 4180 row scanner over UTF-8 bytes; knows nothing of tables or types.
///
/// A quote opens a quoted field only at the start of a field; inside it `""` is a literal quote and a
/// single `"` closes it (anything after the closing quote is kept literally). A quote elsewhere in an
/// unquoted field (`O"Brien`) is an ordinary character. Line ends are `\n`, `\r\n` or `\r`.
/// For well-formed files the quoted state at any offset is the parity of the quotes before it, which is
/// what lets `ChunkPlan` split a file for parallel scanning; loaders verify that each chunk ended
/// exactly where the next began and re-scan sequentially when a stray quote broke that assumption.
public enum CSVScanner {
    /// Scans the row starting at `start` into `fields` (cleared first).
    ///
    /// Unquoted fields are delimited from a mask of the stop bytes (delimiter, `\n`, `\r`) of eight
    /// bytes at a time, kept across fields, so a row costs one mask per eight bytes and a few
    /// instructions per field; a quoted field is read byte by byte.
    ///
    /// - Complexity: O(row length).
    public static func scanRow(_ p: UnsafeBufferPointer<UInt8>, from start: Int, delimiter: UInt8,
                               into fields: RowFields) -> RowScan {
        fields.count = 0
        let base = p.baseAddress!
        let raw = UnsafeRawPointer(base)
        let limit = p.count
        let delimiters = 0x0101_0101_0101_0101 &* UInt64(delimiter)
        // The stop bytes of the eight bytes at `offset` (the high bit of each).
        func stops(at offset: Int) -> UInt64 {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            return ChunkPlan.exactMask(word ^ delimiters, 0) | ChunkPlan.exactMask(word, 0x0A)
                | ChunkPlan.exactMask(word, 0x0D)
        }
        var i = start
        var lineEnds = 0
        // `pending`: the stops not yet used of the word at `wordAt` (0 when it was not loaded: too
        // close to the end, where bytes go one by one).
        var wordAt = i
        var pending: UInt64 = i + 8 <= limit ? stops(at: i) : 0
        while true {
            // One field starting at i.
            let fieldStart = i
            var quoted = false
            if i < limit && base[i] == 0x22 {
                quoted = true
                i += 1
                var closed = false
                while i < limit {
                    let c = base[i]
                    if c == 0x22 {
                        if i + 1 < limit && base[i + 1] == 0x22 { i += 2; continue }
                        i += 1
                        closed = true
                        break
                    }
                    if c == 0x0A || (c == 0x0D && (i + 1 == limit || base[i + 1] != 0x0A)) { lineEnds += 1 }
                    i += 1
                }
                if !closed {
                    fields.append(FieldSpan(start: fieldStart, end: limit, quoted: true))
                    return RowScan(next: limit, lineEnds: lineEnds, unterminatedQuote: true)
                }
                wordAt = i
                pending = i + 8 <= limit ? stops(at: i) : 0
            }
            // The next stop at or after i: from the pending mask, then word by word, then byte by byte.
            while pending == 0 && wordAt + 16 <= limit {
                wordAt += 8
                pending = stops(at: wordAt)
            }
            if pending != 0 {
                i = wordAt + pending.trailingZeroBitCount >> 3
                pending &= pending &- 1
            } else {
                i = max(i, wordAt + 8 <= limit ? wordAt + 8 : wordAt)
                while i < limit {
                    let b = base[i]
                    if b == delimiter || b == 0x0A || b == 0x0D { break }
                    i += 1
                }
            }
            fields.append(FieldSpan(start: fieldStart, end: i, quoted: quoted))
            if i == limit { return RowScan(next: limit, lineEnds: lineEnds, unterminatedQuote: false) }
            let b = base[i]
            if b == delimiter {
                i += 1
                continue
            }
            let next = (b == 0x0D && i + 1 < limit && base[i + 1] == 0x0A) ? i + 2 : i + 1
            return RowScan(next: next, lineEnds: lineEnds + 1, unterminatedQuote: false)
        }
    }

    /// True when the row is a blank line: one empty unquoted field.

    public static func isBlank(_ fields: UnsafeBufferPointer<FieldSpan>) -> Bool {
        fields.count == 1 && fields[0].start == fields[0].end && !fields[0].quoted
    }

    /// The field's value bytes with surrounding spaces trimmed; quoted fields are unescaped into
    /// `scratch` (quotes removed, `""` inside quotes → `"`). The result is valid until the next use
    /// of `scratch`.

    public static func value(_ p: UnsafeBufferPointer<UInt8>, _ field: FieldSpan,
                             scratch: ByteScratch) -> UnsafeBufferPointer<UInt8> {
        let base = p.baseAddress!
        if !field.quoted {
            return trimmed(UnsafeBufferPointer(start: base + field.start, count: field.end - field.start))
        }
        let out = scratch.reserve(field.end - field.start)
        var n = 0
        var inQuote = true
        var i = field.start + 1
        while i < field.end {
            let b = base[i]
            if inQuote && b == 0x22 {
                if i + 1 < field.end && base[i + 1] == 0x22 {
                    out[n] = 0x22
                    n += 1
                    i += 2
                    continue
                }
                inQuote = false
            } else {
                out[n] = b
                n += 1
            }
            i += 1
        }
        return trimmed(UnsafeBufferPointer(start: out, count: n))
    }

    /// `bytes` without leading and trailing spaces and tabs.

    public static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard let base = bytes.baseAddress else { return bytes }
        var start = 0, end = bytes.count
        while start < end && (base[start] == 0x20 || base[start] == 0x09) { start += 1 }
        while end > start && (base[end - 1] == 0x20 || base[end - 1] == 0x09) { end -= 1 }
        return UnsafeBufferPointer(start: base + start, count: end - start)
    }

    /// The field's value as a String (for headers and small files).
    public static func string(_ p: UnsafeBufferPointer<UInt8>, _ field: FieldSpan) -> String {
        let scratch = ByteScratch()
        return withExtendedLifetime(scratch) { String(decoding: value(p, field, scratch: scratch), as: UTF8.self) }
    }

    /// The raw text of a row (for the rejects file), without its line end.
    public static func rawRow(_ p: UnsafeBufferPointer<UInt8>, from start: Int, to next: Int) -> String {
        var end = next
        while end > start && (p[end - 1] == 0x0A || p[end - 1] == 0x0D) { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self)
    }
}
