/// The field spans of one row, in a buffer reused row after row: `CSVScanner.scanRow(_:from:delimiter:into:)`
/// writes a span per field with no array bookkeeping (capacity and uniqueness checks) per field.
///
/// One per worker; not shared between threads. `spans` is valid until the next scan.
public final class RowFields {
    private var storage: UnsafeMutablePointer<FieldSpan>
    private var capacity: Int
    /// Fields of the last row scanned.
    public internal(set) var count = 0

    /// Creates a buffer for `capacity` fields (it grows when a row has more).
    public init(capacity: Int = 64) {
        self.capacity = max(capacity, 1)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// The last row's fields.
    public var spans: UnsafeBufferPointer<FieldSpan> { UnsafeBufferPointer(start: storage, count: count) }

    /// Adds a field to the row being scanned.
    @inline(__always)
    func append(_ span: FieldSpan) {
        if count == capacity { grow() }
        storage[count] = span
        count += 1
    }

    private func grow() {
        let larger = UnsafeMutablePointer<FieldSpan>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}
