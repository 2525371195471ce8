/// Several short texts encoded once into one contiguous byte array, appended by index.
///
/// Flat storage keeps the row loop free of reference counting on nested arrays.
struct TextTable {
    private var storage: [UInt8] = []
    private var starts: [Int] = [0]

    /// Encodes (and quotes when needed) each text for `style`.
    init(_ texts: [String], style: FileStyle) {
        for text in texts {
            storage.append(contentsOf: TextBytes.field(text, as: style.encoding, delimiter: style.delimiter))
            starts.append(storage.count)
        }
    }

    /// Appends the `index`-th text to `buffer`.
    @inline(__always) func append(_ index: Int, to buffer: inout RowBuffer) {
        let start = starts[index]
        let end = starts[index + 1]
        storage.withUnsafeBufferPointer { bytes in
            buffer.append(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
    }
}
