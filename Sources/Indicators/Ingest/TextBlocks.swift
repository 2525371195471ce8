/// The decoded UTF-8 text of one input, held a block at a time in one reused buffer.
///
/// `text[start..<end]` is decoded text not yet consumed. `fill()` moves it to the front of the
/// buffer and appends the next block (the buffer grows only when one row is longer than a block), so
/// a row that straddles two blocks is carried over whole. Memory is a few blocks, whatever the size
/// of the input.
///
/// Encoding (SPEC §1.1: a file that is not valid UTF-8 is read as Windows-1252), decided as the bytes
/// arrive: UTF-8 is validated block by block; an incomplete sequence at a block's end waits for the
/// next block. At the first invalid byte of a regular file, one pass over the whole file counts its
/// valid multi-byte sequences and invalid bytes (SPEC §1.1 read with issue 12's rule for mixed files): a mostly-UTF-8 file
/// (invalid bytes no more than valid sequences) goes on as UTF-8 with each invalid byte read as
/// Windows-1252 (`mixedBytes`); otherwise the rest is transcoded from Windows-1252, which gives the
/// whole-file result when every byte before it was ASCII; when valid non-ASCII text came before, the
/// file is read again from the start as Windows-1252 (`IngestError.Code.encodingRestart`, caught by
/// `Ingestor`). A stream cannot be counted ahead: it goes on mixed when valid non-ASCII text came
/// before the invalid byte, and as Windows-1252 otherwise.
final class TextBlocks {
    /// How bytes are being decoded.
    enum Mode {
        /// Auto: valid UTF-8 so far.
        case validating
        /// `--encoding utf8`: bytes pass as they are.
        case utf8
        /// Windows-1252 (forced, or since the first invalid byte).
        case windows1252
        /// A mostly-UTF-8 input with a few Windows-1252 bytes: valid sequences pass, each invalid
        /// byte is transcoded alone.
        case mixed
    }

    let source: InputSource
    let blockSize: Int
    /// Offset of the first unconsumed byte.
    private(set) var start = 0
    /// Offset one past the last decoded byte.
    private(set) var end = 0
    private(set) var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var mode: Mode
    /// The encoding the text was read with (changes to Windows-1252 at the first invalid byte).
    private(set) var encoding: TextEncoding
    /// 1-based line and column of the first invalid UTF-8 byte in the raw input (BOM excluded).
    private(set) var firstInvalid: (line: Int, column: Int)?
    /// The first raw bytes (at most 8 KiB) for the binary-file check.
    private(set) var rawSample: [UInt8] = []
    /// Whether a raw byte other than `\n`, `\r` and space has been read.
    private(set) var sawNonWhitespace = false
    /// Raw offset where a long run of NUL bytes made reading stop, if it did.
    private(set) var stoppedAtNul: Int?
    /// Invalid UTF-8 bytes read as Windows-1252 in a mixed input (0 otherwise).
    private(set) var mixedBytes = 0

    private var raw: UnsafeMutablePointer<UInt8>
    /// Raw bytes of an incomplete UTF-8 sequence waiting for the next block.
    private var held: [UInt8] = []
    /// A decoded `C2` waiting for the next block (it may start a `¬`).
    private var heldDecoded: [UInt8] = []
    private var notSign = false
    private var atStart = true
    private var bomLength = 0
    private var sawNonASCII = false
    /// Raw bytes read so far (BOM included).
    private var rawOffset = 0
    /// Raw line counting for streams, needed to place the first invalid byte (regular files re-read).
    private var streamLines = LineCounter()
    private var stopped = false

    /// Whether every byte of the input has been decoded into the buffer.
    var isFinished: Bool { (source.atEnd || stopped) && held.isEmpty && heldDecoded.isEmpty }

    /// The decoded bytes `text[0..<end]` (offsets as `start` and `end`).
    var text: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: end) }

    /// Prepares to read `source` in blocks of `blockSize` raw bytes; `forced` is `--encoding`.
    init(source: InputSource, blockSize: Int, forced: TextEncoding?) {
        self.source = source
        self.blockSize = max(blockSize, 1)
        // Room for a block decoded at its largest (three bytes per Windows-1252 byte) after a carried
        // row: `fill` then never moves the text to a new buffer, whose pages would all be touched
        // afresh (and the previous input's buffer is reused, see `TextBufferPool`). Pages the text
        // never reaches are address space only.
        let buffer = TextBufferPool.shared.take(capacity: 4 * self.blockSize + 64)
        capacity = buffer.capacity
        base = buffer.base
        raw = .allocate(capacity: self.blockSize + 4)
        switch forced {
        case .utf8?, .xlsx?: mode = .utf8; encoding = .utf8
        case .windows1252?: mode = .windows1252; encoding = .windows1252
        case nil: mode = .validating; encoding = .utf8
        }
    }

    deinit {
        TextBufferPool.shared.give(TextBufferPool.Buffer(base: base, capacity: capacity))
        raw.deallocate()
    }

    /// Marks `text[..<offset]` as used.
    func consume(to offset: Int) { start = offset }

    /// Rewrites `¬` (C2 AC) as `Dialect.notSignByte` from now on, in the text already decoded too.
    func replaceNotSign() {
        notSign = true
        end = start + replaceNotSign(from: start, count: end - start)
        holdTrailingC2()
    }

    /// Moves the unconsumed text to the front and appends the next block. Returns false when the
    /// input had nothing more (the text is unchanged then).
    ///
    /// - Throws: read errors, and `encodingRestart` (see the type's documentation).
    @discardableResult
    func fill() throws(IngestError) -> Bool {
        if isFinished { return false }
        let want = blockSize
        compact()
        reserve((held.count + want) * 3 + heldDecoded.count + 8)
        let before = end
        for b in heldDecoded { base[end] = b; end += 1 }
        heldDecoded = []
        if mode == .windows1252 {
            var n = try readRaw(into: raw, count: want)
            n = checkNul(raw, n)
            end += TextEncoding.transcodeWindows1252(raw, count: n, into: base + end)
        } else {
            for b in held { base[end] = b; end += 1 }
            let regionStart = end - held.count
            held = []
            let n = try readRaw(into: base + end, count: want)
            end += checkNul(base + end, n)
            if mode == .mixed { decodeMixed(from: regionStart) } else { try decodeUTF8(from: regionStart) }
        }
        if notSign {
            end = before + replaceNotSign(from: before, count: end - before)
            holdTrailingC2()
        }
        return end > before || !isFinished
    }

    // MARK: - Reading and decoding

    private func readRaw(into destination: UnsafeMutablePointer<UInt8>, count: Int) throws(IngestError) -> Int {
        if stopped { return 0 }
        var n = try source.read(into: destination, count: count)
        if rawSample.count < 8192 { rawSample += UnsafeBufferPointer(start: destination, count: min(n, 8192 - rawSample.count)) }
        if !sawNonWhitespace {
            for i in 0..<n where destination[i] != 0x0A && destination[i] != 0x0D && destination[i] != 0x20 {
                sawNonWhitespace = true
                break
            }
        }
        rawOffset += n
        if atStart {
            atStart = false
            if n >= 3 && destination[0] == 0xEF && destination[1] == 0xBB && destination[2] == 0xBF {
                bomLength = 3
                n -= 3
                destination.update(from: destination + 3, count: n)
            }
        }
        return n
    }

    /// Stops reading at a run of at least 4 KiB of NUL bytes (a truncated or padded file); returns
    /// the bytes to keep.
    private func checkNul(_ p: UnsafeMutablePointer<UInt8>, _ n: Int) -> Int {
        var from = 0
        while from < n, let hit = Platform.firstByte(0, in: p + from, count: n - from) {
            let first = hit - UnsafeRawPointer(p)
            let limit = min(n, first + 4096)
            var k = first
            while k < limit && p[k] == 0 { k += 1 }
            if k - first < 4096 { from = k; continue }   // a few stray NULs inside text: kept
            stopped = true
            stoppedAtNul = rawOffset - n + first
            rawOffset = stoppedAtNul!
            return first
        }
        return n
    }

    /// Validates the bytes from `regionStart` to `end` (validating mode): keeps the valid part,
    /// holds back an incomplete sequence at the end, switches to Windows-1252 at an invalid byte.
    private func decodeUTF8(from regionStart: Int) throws(IngestError) {
        let final = source.atEnd || stopped
        if mode == .utf8 {
            if !final, let k = (max(regionStart, end - 3)..<end).last(where: { base[$0] >= 0xC0 }) {
                // Keep a trailing lead byte with the block that completes it (for `¬`).
                held = Array(UnsafeBufferPointer(start: base + k, count: end - k))
                end = k
            }
            return
        }
        let count = end - regionStart
        let check = TextEncoding.validateBlockInParallel(base + regionStart, count: count, final: final)
        if !source.isRegularFile { streamLines.feed(base + regionStart, count: check.validCount) }
        guard let invalid = check.firstInvalid else {
            sawNonASCII = sawNonASCII || check.sawNonASCII
            held = Array(UnsafeBufferPointer(start: base + regionStart + check.validCount,
                                             count: count - check.validCount))
            end = regionStart + check.validCount
            return
        }
        let at = regionStart + invalid
        let rawPosition = rawOffset - (end - at) - bomLength   // offset in the raw input after the BOM
        firstInvalid = source.isRegularFile
            ? lineAndColumn(ofRaw: rawPosition)
            : streamLines.nextPosition
        let sawValidNonASCII = sawNonASCII || check.sawNonASCII
        let mostlyUTF8: Bool
        if source.isRegularFile {
            let tally = tallyWholeInput()
            mostlyUTF8 = tally.validMultibyte >= tally.invalidBytes
        } else {
            mostlyUTF8 = sawValidNonASCII
        }
        if mostlyUTF8 {
            mode = .mixed
            decodeMixed(from: regionStart)
            return
        }
        if sawValidNonASCII && source.isRegularFile {
            throw IngestError(.encodingRestart, file: source.path, line: firstInvalid!.line,
                              column: String(firstInvalid!.column))
        }
        mode = .windows1252
        encoding = .windows1252
        let tail = end - at
        reserve(end + tail * 2 + 8)
        let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: tail)
        defer { copy.deallocate() }
        copy.update(from: base + at, count: tail)
        end = at + TextEncoding.transcodeWindows1252(copy, count: tail, into: base + at)
    }

    /// Mixed mode: validates `text[regionStart..<end]`, keeps valid sequences, transcodes each invalid
    /// byte from Windows-1252 and holds back an incomplete sequence at the end for the next block.
    private func decodeMixed(from regionStart: Int) {
        let final = source.atEnd || stopped
        let count = end - regionStart
        guard count > 0 else { return }
        let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: count)
        defer { copy.deallocate() }
        copy.update(from: base + regionStart, count: count)
        end = regionStart
        reserve(count * 3 + 8)
        var i = 0
        while i < count {
            let check = TextEncoding.validateBlock(copy + i, count: count - i, final: final)
            (base + end).update(from: copy + i, count: check.validCount)
            end += check.validCount
            i += check.validCount
            guard check.firstInvalid != nil else {
                held = Array(UnsafeBufferPointer(start: copy + i, count: count - i))
                return
            }
            end += TextEncoding.transcodeWindows1252(copy + i, count: 1, into: base + end)
            mixedBytes += 1
            i += 1
        }
    }

    /// Valid multi-byte UTF-8 sequences and invalid bytes of the whole regular file (BOM excluded),
    /// read again in 1 MiB pieces, once, only when a file has an invalid byte.
    private func tallyWholeInput() -> (validMultibyte: Int, invalidBytes: Int) {
        let chunk = 1 << 20
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunk + 4)
        defer { buffer.deallocate() }
        var valid = 0, invalid = 0, carried = 0, offset = bomLength
        while true {
            let n = max(source.read(at: offset, into: buffer + carried, count: chunk), 0)
            let final = n == 0
            offset += n
            let total = carried + n
            var i = 0
            while i < total {
                let check = TextEncoding.validateBlock(buffer + i, count: total - i, final: final)
                valid += check.multibyteSequences
                i += check.validCount
                guard check.firstInvalid != nil else { break }
                invalid += 1
                i += 1
            }
            if final { return (valid, invalid) }
            carried = total - i   // an incomplete sequence at the end: completed by the next piece
            buffer.update(from: buffer + i, count: carried)
        }
    }

    /// Line and column of a raw offset (after the BOM), counting line ends as the scanner does.
    private func lineAndColumn(ofRaw offset: Int) -> (line: Int, column: Int) {
        var counter = LineCounter()
        let chunk = 1 << 20
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunk + 1)
        defer { buffer.deallocate() }
        var done = 0
        while done < offset {
            let n = source.read(at: bomLength + done, into: buffer, count: min(chunk, offset - done))
            if n <= 0 { break }
            counter.feed(buffer, count: n)
            done += n
        }
        return counter.nextPosition
    }

    // MARK: - Buffer

    private func compact() {
        if start > 0 {
            base.update(from: base + start, count: end - start)
            end -= start
            start = 0
        }
    }

    private func reserve(_ free: Int) {
        guard end + free > capacity else { return }
        let grown = max(capacity * 2, end + free)
        let next = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        next.update(from: base, count: end)
        base.deallocate()
        base = next
        capacity = grown
    }

    /// Rewrites C2 AC as one byte within `base[from..<from+count]`; returns the new count.
    private func replaceNotSign(from: Int, count: Int) -> Int {
        var read = from, write = from
        let stop = from + count
        while read < stop {
            if base[read] == 0xC2 && read + 1 < stop && base[read + 1] == 0xAC {
                base[write] = Dialect.notSignByte
                read += 2
            } else {
                base[write] = base[read]
                read += 1
            }
            write += 1
        }
        return write - from
    }

    private func holdTrailingC2() {
        let more = !(source.atEnd || stopped) || !held.isEmpty
        if more && end > start && base[end - 1] == 0xC2 {
            heldDecoded = [0xC2]
            end -= 1
        }
    }
}

/// Counts raw line ends (`\n`, and `\r` not followed by `\n`) fed in pieces, to name the line and
/// column of a byte offset.
struct LineCounter {
    private(set) var line = 1
    /// Bytes since the start of the current line.
    private var column = 0
    private var previousCR = false

    mutating func feed(_ p: UnsafePointer<UInt8>, count: Int) {
        for i in 0..<count {
            let b = p[i]
            if previousCR && b != 0x0A { line += 1; column = 0 }
            if b == 0x0A { line += 1; column = 0 } else { column += 1 }
            previousCR = b == 0x0D
        }
    }

    /// Line and column of the next byte (which is not a line feed).
    var nextPosition: (line: Int, column: Int) {
        previousCR ? (line + 1, 1) : (line, column + 1)
    }
}
