/// The place fields (offsets in the block being read) and place id of the last row whose place text
/// was looked up, so that the next row with byte-equal place fields reuses the id.
///
/// Equal raw fields mean the same place (`PlaceTable`), so the id is the one the lookup would give. One per chunk loader; forgotten when a new block starts (its offsets refer
/// to the block).
final class PreviousPlace {
    private let indices: UnsafeMutableBufferPointer<Int>
    private let starts: UnsafeMutableBufferPointer<Int>
    private let ends: UnsafeMutableBufferPointer<Int>
    private var placeId = -1

    init(fieldIndices: [Int]) {
        indices = .allocate(capacity: fieldIndices.count)
        _ = indices.initialize(from: fieldIndices)
        starts = .allocate(capacity: fieldIndices.count)
        starts.initialize(repeating: 0)
        ends = .allocate(capacity: fieldIndices.count)
        ends.initialize(repeating: 0)
    }

    deinit {
        indices.deallocate()
        starts.deallocate()
        ends.deallocate()
    }

    /// The field indices of the place columns present, in the order the place is looked up.
    var fieldIndices: UnsafeBufferPointer<Int> { UnsafeBufferPointer(indices) }

    /// Drops the remembered row (its offsets belong to another block).
    func forget() { placeId = -1 }

    /// The remembered id when every place field of the row has the bytes of the remembered row's.
    @inline(__always)
    func id(of p: UnsafeBufferPointer<UInt8>, _ fields: UnsafeBufferPointer<FieldSpan>) -> Int? {
        guard placeId >= 0 else { return nil }
        let base = UnsafeRawPointer(p.baseAddress!)
        for k in 0..<indices.count {
            let field = fields[indices[k]]
            let length = field.end - field.start
            guard length == ends[k] - starts[k],
                  ByteInterner.sameBytes(base + field.start, base + starts[k], length) else { return nil }
        }
        return placeId
    }

    /// Remembers the row's place fields and their id.
    func remember(_ id: Int, _ p: UnsafeBufferPointer<UInt8>, _ fields: UnsafeBufferPointer<FieldSpan>) {
        for k in 0..<indices.count {
            starts[k] = fields[indices[k]].start
            ends[k] = fields[indices[k]].end
        }
        placeId = id
    }
}
