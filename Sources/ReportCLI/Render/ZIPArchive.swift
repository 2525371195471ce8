import Indicators

/// A ZIP archive of uncompressed (STORED) entries with fixed timestamps, so the same entries always
/// give the same bytes. No ZIP64: the whole archive must stay under 4 GiB.
struct ZIPArchive: Sendable {
    /// One file in the archive.
    struct Entry: Sendable {
        /// Path inside the archive, ASCII, `/`-separated.
        var name: String
        /// Contents.
        var bytes: [UInt8]
    }

    /// Entries in archive order.
    private(set) var entries: [Entry] = []

    /// Largest archive this writer can produce (32-bit offsets and sizes).
    static let maximumSize = Int(UInt32.max)
    /// DOS date of 1980-01-01, the earliest a ZIP can hold: `(1980−1980) << 9 | 1 << 5 | 1`.
    private static let dosDate: UInt16 = 0x0021
    /// DOS time 00:00:00.
    private static let dosTime: UInt16 = 0
    /// "Version needed to extract" 2.0.
    private static let version: UInt16 = ZIPFormat.versionDeflate

    /// Creates an empty archive.
    init() {}

    /// Appends a file; `name` must be ASCII and not already present.
    mutating func add(name: String, bytes: [UInt8]) {
        precondition(name.utf8.allSatisfy { $0 < 0x80 }, "ZIP entry name must be ASCII: \(name)")
        precondition(!entries.contains { $0.name == name }, "duplicate ZIP entry \(name)")
        entries.append(Entry(name: name, bytes: bytes))
    }

    /// Size of the archive `bytes()` will produce.
    var size: Int {
        entries.reduce(ZIPFormat.endOfDirectorySize) { total, entry in
            total + ZIPFormat.localHeaderSize + ZIPFormat.centralHeaderSize + 2 * entry.name.utf8.count + entry.bytes.count
        }
    }

    /// The archive: local headers and data, central directory, end record.
    ///
    /// - Precondition: `size <= ZIPArchive.maximumSize` and at most 65 535 entries.
    func bytes() -> [UInt8] {
        precondition(size <= Self.maximumSize, "ZIP archive over 4 GiB")
        precondition(entries.count <= Int(UInt16.max), "too many ZIP entries")
        var output: [UInt8] = []
        output.reserveCapacity(size)
        var directory: [UInt8] = []
        for entry in entries {
            let checksum = CRC32.checksum(entry.bytes)
            let offset = UInt32(output.count)
            output.appendLittleEndian(ZIPFormat.localHeaderSignature)
            appendCommonFields(of: entry, checksum: checksum, to: &output)
            output.appendLittleEndian(UInt16(0))
            output.append(contentsOf: entry.name.utf8)
            output.append(contentsOf: entry.bytes)

            directory.appendLittleEndian(ZIPFormat.centralHeaderSignature)
            directory.appendLittleEndian(Self.version)
            appendCommonFields(of: entry, checksum: checksum, to: &directory)
            directory.appendLittleEndian(UInt16(0))
            directory.appendLittleEndian(UInt16(0))
            directory.appendLittleEndian(UInt16(0))
            directory.appendLittleEndian(UInt16(0))
            directory.appendLittleEndian(UInt32(0))
            directory.appendLittleEndian(offset)
            directory.append(contentsOf: entry.name.utf8)
        }
        let directoryOffset = UInt32(output.count)
        output.append(contentsOf: directory)
        output.appendLittleEndian(ZIPFormat.endOfDirectorySignature)
        output.appendLittleEndian(UInt16(0))
        output.appendLittleEndian(UInt16(0))
        output.appendLittleEndian(UInt16(entries.count))
        output.appendLittleEndian(UInt16(entries.count))
        output.appendLittleEndian(UInt32(directory.count))
        output.appendLittleEndian(directoryOffset)
        output.appendLittleEndian(UInt16(0))
        return output
    }

    /// The fields local header and central directory share, from "version needed" to "name length".
    private func appendCommonFields(of entry: Entry, checksum: UInt32, to output: inout [UInt8]) {
        output.appendLittleEndian(Self.version)
        output.appendLittleEndian(UInt16(0))
        output.appendLittleEndian(UInt16(0))
        output.appendLittleEndian(Self.dosTime)
        output.appendLittleEndian(Self.dosDate)
        output.appendLittleEndian(checksum)
        output.appendLittleEndian(UInt32(entry.bytes.count))
        output.appendLittleEndian(UInt32(entry.bytes.count))
        output.appendLittleEndian(UInt16(entry.name.utf8.count))
    }
}

extension Array where Element == UInt8 {
    /// Appends `value` least significant byte first.
    mutating func appendLittleEndian<Integer: FixedWidthInteger>(_ value: Integer) {
        var remaining = value
        for _ in 0..<(Integer.bitWidth / 8) {
            append(UInt8(truncatingIfNeeded: remaining))
            remaining >>= 8
        }
    }
}
