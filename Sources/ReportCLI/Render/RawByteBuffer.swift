/// A growable byte buffer written through a raw pointer, for renderers that append millions of small
/// fields (`CSVTableWriter`): one capacity check per field instead of a bounds and uniqueness check
/// per byte, and numbers written in place without a String.
///
/// Numbers are formatted exactly like `Array<UInt8>.appendDecimalDigits` and `appendSixDecimals`.
struct RawByteBuffer: ~Copyable {
    /// The first byte.
    private(set) var start: UnsafeMutablePointer<UInt8>
    /// Bytes written so far.
    private(set) var count = 0
    /// Bytes that fit before the next reallocation.
    private(set) var capacity: Int

    /// An empty buffer with room for `capacity` bytes.
    init(capacity: Int) {
        self.capacity = max(64, capacity)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// The bytes written so far (valid until the next mutation).
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: start, count: count) }

    /// Forgets the bytes, keeping the capacity.
    mutating func removeAll() { count = 0 }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.initialize(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    /// Appends `bytes`.
    @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        UnsafeMutableRawPointer(start + count).copyMemory(from: source, byteCount: bytes.count)
        count += bytes.count
    }

    /// Appends `bytes`.
    mutating func append(contentsOf bytes: [UInt8]) {
        bytes.withUnsafeBytes { append($0) }
    }

    /// Appends the decimal digits of `value`, with a leading `-` when negative.
    @inline(__always)
    mutating func appendDecimalDigits(of value: Int64) {
        if value < 0 { append(UInt8(ascii: "-")) }
        appendDecimalDigits(of: value.magnitude, minimumWidth: 1)
    }

    /// Appends the decimal digits of `value`, left-padded with zeros to `minimumWidth` (at most 20) digits.
    @inline(__always)
    mutating func appendDecimalDigits(of value: UInt64, minimumWidth: Int) {
        var width = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            width += 1
        }
        width = max(width, min(minimumWidth, 20))
        reserve(width)
        var position = start + count + width
        rest = value
        for _ in 0..<width {
            position -= 1
            position.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        }
        count += width
    }

    /// Appends `value` with exactly six decimals, like `Array<UInt8>.appendSixDecimals` (`%.6f`
    /// rounding, negative zero unsigned, nothing for NaN and infinities).
    @inline(__always)
    mutating func appendSixDecimals(_ value: Double, separator: UInt8) {
        guard value.isFinite else { return }
        if let units = SixDecimals.fastUnits(value) {
            if units < 0 { append(UInt8(ascii: "-")) }
            appendDecimalDigits(of: units.magnitude / 1_000_000, minimumWidth: 1)
            reserve(7)
            start[count] = separator
            var fraction = units.magnitude % 1_000_000
            var position = start + count + 7
            for _ in 0..<6 {
                position -= 1
                position.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: fraction % 10)
                fraction /= 10
            }
            count += 7
        } else {
            var text: [UInt8] = []
            text.appendSixDecimals(value, separator: separator)
            append(contentsOf: text)
        }
    }
}
