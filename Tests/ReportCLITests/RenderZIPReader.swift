/// A minimal reader for ZIP archives of STORED entries, written independently of the writer (its
/// CRC-32 is computed bit by bit) so tests can read `diagnostico.xlsx` back and check every checksum.
struct RenderZIPReader {
    /// Why an archive could not be read.
    enum Failure: Error, Equatable {
        /// A record signature was not found where expected (byte offset).
        case badSignature(offset: Int)
        /// An entry is compressed (method) rather than stored.
        case compressed(name: String, method: UInt16)
        /// An entry's stored CRC-32 does not match its bytes.
        case checksumMismatch(name: String)
        /// Local header and central directory disagree about an entry.
        case headerMismatch(name: String)
    }

    /// One file read back from the archive.
    struct Entry {
        /// Path inside the archive.
        var name: String
        /// Contents.
        var bytes: [UInt8]
        /// DOS modification time.
        var dosTime: UInt16
        /// DOS modification date.
        var dosDate: UInt16
    }

    /// Entries in central-directory order.
    let entries: [Entry]

    /// Reads `archive`, verifying signatures, the STORED method, sizes and every CRC-32.
    init(_ archive: [UInt8]) throws(Failure) {
        let end = archive.count - 22
        guard end >= 0, Self.uint32(archive, end) == 0x0605_4B50 else { throw .badSignature(offset: max(end, 0)) }
        let count = Int(Self.uint16(archive, end + 10))
        var cursor = Int(Self.uint32(archive, end + 16))
        var entries: [Entry] = []
        for _ in 0..<count {
            guard Self.uint32(archive, cursor) == 0x0201_4B50 else { throw .badSignature(offset: cursor) }
            let method = Self.uint16(archive, cursor + 10)
            let time = Self.uint16(archive, cursor + 12)
            let date = Self.uint16(archive, cursor + 14)
            let checksum = Self.uint32(archive, cursor + 16)
            let size = Int(Self.uint32(archive, cursor + 20))
            let nameLength = Int(Self.uint16(archive, cursor + 28))
            let extraLength = Int(Self.uint16(archive, cursor + 30))
            let commentLength = Int(Self.uint16(archive, cursor + 32))
            let localOffset = Int(Self.uint32(archive, cursor + 42))
            let name = String(decoding: archive[(cursor + 46)..<(cursor + 46 + nameLength)], as: UTF8.self)
            cursor += 46 + nameLength + extraLength + commentLength
            guard method == 0 else { throw .compressed(name: name, method: method) }
            guard Self.uint32(archive, localOffset) == 0x0403_4B50 else { throw .badSignature(offset: localOffset) }
            let localNameLength = Int(Self.uint16(archive, localOffset + 26))
            let localExtraLength = Int(Self.uint16(archive, localOffset + 28))
            guard Self.uint32(archive, localOffset + 14) == checksum,
                  Int(Self.uint32(archive, localOffset + 22)) == size,
                  localNameLength == nameLength
            else { throw .headerMismatch(name: name) }
            let start = localOffset + 30 + localNameLength + localExtraLength
            let bytes = Array(archive[start..<(start + size)])
            guard Self.bitwiseCRC32(bytes) == checksum else { throw .checksumMismatch(name: name) }
            entries.append(Entry(name: name, bytes: bytes, dosTime: time, dosDate: date))
        }
        self.entries = entries
    }

    /// The text of the entry named `name`, if present.
    func text(of name: String) -> String? {
        entries.first { $0.name == name }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    /// CRC-32 (reflected 0xEDB88320) computed one bit at a time, without a table.
    static func bitwiseCRC32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 {
                crc = (crc >> 1) ^ (crc & 1 == 1 ? 0xEDB8_8320 : 0)
            }
        }
        return ~crc
    }

    /// Little-endian 16-bit value at `offset`.
    private static func uint16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    /// Little-endian 32-bit value at `offset`.
    private static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(uint16(bytes, offset)) | UInt32(uint16(bytes, offset + 2)) << 16
    }
}
