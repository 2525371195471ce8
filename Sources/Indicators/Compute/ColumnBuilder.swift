/// Builds several arrays of the same length in one pass, without filling them twice: the arrays are
/// created uninitialized and `fill` writes every position of every one.
enum ColumnBuilder {
    /// `columns` arrays of `count` elements; `fill` gets a pointer to each (in order) and must write
    /// all `count` elements of all of them.
    static func build<T: BitwiseCopyable>(_ columns: Int, count: Int,
                                          _ fill: ([UnsafeMutablePointer<T>]) -> Void) -> [[T]] {
        var pointers: [UnsafeMutablePointer<T>] = []
        pointers.reserveCapacity(columns)
        return nest(columns, count: count, &pointers, fill)
    }

    /// Creates one array, then the remaining ones inside its initializer, and fills them all at the
    /// innermost level.
    private static func nest<T: BitwiseCopyable>(_ remaining: Int, count: Int, _ pointers: inout [UnsafeMutablePointer<T>],
                                                 _ fill: ([UnsafeMutablePointer<T>]) -> Void) -> [[T]] {
        guard remaining > 0 else {
            fill(pointers)
            return []
        }
        var inner: [[T]] = []
        let column = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            pointers.append(buffer.baseAddress ?? UnsafeMutablePointer(bitPattern: MemoryLayout<T>.alignment)!)
            inner = nest(remaining - 1, count: count, &pointers, fill)
            initialized = count
        }
        return [column] + inner
    }
}
