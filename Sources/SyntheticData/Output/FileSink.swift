import Foundation

/// An output file written in large blocks from a `RowBuffer`.
struct FileSink {
    private let handle: FileHandle
    /// Path relative to the output directory, for messages and the manifest.
    let relativePath: String

    /// Creates (or truncates) `relativePath` inside `directory`.
    init(directory: URL, relativePath: String) throws(SampleError) {
        let url = directory.appendingPathComponent(relativePath)
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw SampleError(code: .cannotWriteFile, subject: url.path, found: "no se pudo crear")
        }
        do {
            handle = try FileHandle(forWritingTo: url)
        } catch {
            throw SampleError(code: .cannotWriteFile, subject: url.path, found: SystemErrorReason.spanish(error))
        }
        self.relativePath = relativePath
    }

    /// Writes the buffer out and empties it when a block is full (always when `force`).
    func drain(_ buffer: inout RowBuffer, force: Bool = false) throws(SampleError) {
        guard force || buffer.isFull, buffer.count > 0 else { return }
        do {
            try handle.write(contentsOf: UnsafeRawBufferPointer(buffer.bytes))
        } catch {
            throw SampleError(code: .cannotWriteFile, subject: relativePath, found: SystemErrorReason.spanish(error))
        }
        buffer.removeAll()
    }

    /// Writes what is left and closes the file.
    func finish(_ buffer: inout RowBuffer) throws(SampleError) {
        try drain(&buffer, force: true)
        do {
            try handle.close()
        } catch {
            throw SampleError(code: .cannotWriteFile, subject: relativePath, found: SystemErrorReason.spanish(error))
        }
    }
}
