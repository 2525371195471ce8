/// A reused byte block that rows are formatted into, field by field, without building strings.
///
/// Bytes are written through a raw pointer (no per-byte bounds or uniqueness checks); every append
/// checks the remaining room once. The owner drains the block to disk when `isFull`, which leaves
/// `RowBuffer.margin` bytes for the row in progress. Copies of a `RowBuffer` share one block: keep one.
struct RowBuffer {
    private let storage: ByteStorage
    private var base: UnsafeMutablePointer<UInt8> { storage.base }
    /// Bytes formatted and not yet written to disk.
    private(set) var count = 0
    private let delimiterLead: UInt8?
    private let delimiterByte: UInt8
    private let crlf: Bool
    private let dateStyle: DateStyle

    /// Bytes kept before a block is written out.
    static let blockSize = 1 << 20
    /// Room always left for the row in progress (a row is a few hundred bytes).
    static let margin = 1 << 16
    /// This buffer's block size (`RowBuffer.blockSize` except in tests, which use tiny blocks).
    private let fullSize: Int

    /// A buffer for a file written in `style`; tests pass a small `blockSize` and `margin` to reach
    /// the full-block condition with few rows.
    init(style: FileStyle, blockSize: Int = RowBuffer.blockSize, margin: Int = RowBuffer.margin) {
        storage = ByteStorage(capacity: blockSize + margin)
        fullSize = blockSize
        let delimiter = TextBytes.encode(style.delimiter.text, as: style.encoding)
        delimiterLead = delimiter.count == 2 ? delimiter[0] : nil
        delimiterByte = delimiter[delimiter.count - 1]
        crlf = style.crlf
        dateStyle = style.dateStyle
    }

    /// Whether a full block is ready to be written.
    var isFull: Bool { count >= fullSize }

    /// The formatted bytes, for writing them out.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Forgets every byte (after they were written out).
    mutating func removeAll() { count = 0 }

    /// Appends the bytes from `offset` to the end again (an exact copy of the row just written).
    mutating func repeatBytes(from offset: Int) {
        let length = count - offset
        precondition(offset >= 0 && length >= 0 && count + length <= storage.capacity, "row buffer overflow")
        (base + count).update(from: base + offset, count: length)
        count += length
    }

    /// Appends the field delimiter.
    @inline(__always) mutating func appendDelimiter() {
        if let delimiterLead { append(ascii: delimiterLead) }
        append(ascii: delimiterByte)
    }

    /// Appends the line terminator.
    mutating func appendLineEnd() {
        if crlf { append(ascii: ASCII.carriageReturn) }
        append(ascii: ASCII.lineFeed)
    }

    /// Appends pre-encoded bytes.
    mutating func append(_ field: [UInt8]) {
        field.withUnsafeBufferPointer { append($0) }
    }

    /// Appends bytes from memory.
    mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        precondition(count + source.count <= storage.capacity, "row buffer overflow")
        if let start = source.baseAddress { (base + count).update(from: start, count: source.count) }
        count &+= source.count
    }

    /// Appends one byte.
    @inline(__always) mutating func append(ascii byte: UInt8) {
        precondition(count < storage.capacity, "row buffer overflow")
        base[count] = byte
        count &+= 1
    }

    /// Appends a decimal integer, left-padded with zeros to `width` digits (at most 20).
    mutating func append(_ value: Int, width: Int = 1) {
        precondition(count + 21 <= storage.capacity && width <= 20, "row buffer overflow")
        var magnitude = value.magnitude
        if value < 0 { append(ascii: ASCII.minus) }
        var digits = 1
        var limit: UInt = 10
        while magnitude >= limit {  // an Int has at most 19 digits, and 10¹⁹ fits in a UInt
            digits &+= 1
            limit &*= 10
        }
        let length = max(digits, width)
        var position = base + count + length - 1
        for _ in 0..<length {
            position.pointee = 0x30 &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
            position -= 1
        }
        count &+= length
    }

    /// Appends a date in the file's style; `day` may be 31 with `month` 2 (an impossible date on purpose).
    mutating func appendDate(year: Int, month: Int, day: Int) {
        switch dateStyle {
        case .dayMonthYear, .dayMonthYearMidnight:
            append(day, width: 2)
            append(ascii: ASCII.slash)
            append(month, width: 2)
            append(ascii: ASCII.slash)
            append(year, width: 4)
            if dateStyle == .dayMonthYearMidnight { appendMidnight(separator: ASCII.space) }
        case .shortDayMonthYear:
            append(day)
            append(ascii: ASCII.slash)
            append(month)
            append(ascii: ASCII.slash)
            append(year, width: 4)
        case .isoDate, .isoDateT:
            append(year, width: 4)
            append(ascii: ASCII.minus)
            append(month, width: 2)
            append(ascii: ASCII.minus)
            append(day, width: 2)
            if dateStyle == .isoDateT { appendMidnight(separator: ASCII.letterT) }
        }
    }

    /// Appends a date given as a day number.
    mutating func appendDate(dayNumber: Int) {
        let date = CivilDate.components(of: dayNumber)
        appendDate(year: date.year, month: date.month, day: date.day)
    }

    private mutating func appendMidnight(separator: UInt8) {
        append(ascii: separator)
        append([0x30, 0x30, 0x3A, 0x30, 0x30, 0x3A, 0x30, 0x30])
    }
}

/// The memory behind a `RowBuffer`, freed with its last owner (one per output file).
final class ByteStorage {
    /// Start of the block.
    let base: UnsafeMutablePointer<UInt8>
    /// Bytes the block holds.
    let capacity: Int

    /// Allocates a zeroed block.
    init(capacity: Int) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
        base.initialize(repeating: 0, count: capacity)
    }

    deinit { base.deallocate() }
}
