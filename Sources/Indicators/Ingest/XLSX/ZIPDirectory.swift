import Foundation

/// One file recorded in a ZIP archive's central directory.
public struct ZIPEntry: Sendable, Equatable {
    /// Name inside the archive, `/`-separated.
    public var name: String
    /// Compression method (`ZIPFormat.methodStored`, `ZIPFormat.methodDeflated`, …).
    public var method: UInt16
    /// General-purpose flags.
    public var flags: UInt16
    /// CRC-32 of the uncompressed data.
    public var checksum: UInt32
    /// Size of the stored (compressed) data.
    public var compressedSize: Int
    /// Size once decompressed.
    public var uncompressedSize: Int
    /// Offset of the entry's local header.
    public var localHeaderOffset: Int
}

/// The central directory of a ZIP archive held in memory: its entries, found from the
/// end-of-central-directory record (and the ZIP64 records when the archive needs them).
///
/// Sizes and offsets come from the central directory, so entries written with a data descriptor
/// (flag bit 3, zero sizes in the local header, as LibreOffice and streaming writers do) read the same.
public struct ZIPDirectory: Sendable {
    /// Entries in directory order.
    public private(set) var entries: [ZIPEntry] = []
    private var byName: [String: Int] = [:]

    /// Whether `bytes` start like a ZIP archive (`PK\u{3}\u{4}`, or `PK\u{5}\u{6}` for an empty one).
    public static func looksLikeZIP(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B
            && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6))
    }

    /// Reads the central directory of the archive `bytes`.
    public init(_ bytes: [UInt8]) throws(XLSXError) {
        let n = bytes.count
        guard n >= ZIPFormat.endOfDirectorySize else { throw XLSXError(.notZIP) }
        var end = -1
        var k = n - ZIPFormat.endOfDirectorySize
        let lowest = max(0, n - ZIPFormat.endOfDirectorySize - 0xFFFF)
        while k >= lowest {
            if Self.u32(bytes, k) == ZIPFormat.endOfDirectorySignature { end = k; break }
            k -= 1
        }
        guard end >= 0 else { throw XLSXError(.notZIP) }
        var count = Int(Self.u16(bytes, end + 10))
        var directoryOffset = Int(Self.u32(bytes, end + 16))
        var directorySize = Int(Self.u32(bytes, end + 12))
        let locator = end - ZIPFormat.zip64LocatorSize
        if locator >= 0, Self.u32(bytes, locator) == ZIPFormat.zip64LocatorSignature {
            let record = Int(truncatingIfNeeded: Self.u64(bytes, locator + 8))
            guard record >= 0, record + 56 <= n, Self.u32(bytes, record) == ZIPFormat.zip64EndOfDirectorySignature else {
                throw XLSXError(.damagedZIP, detail: "registro ZIP64")
            }
            count = Int(truncatingIfNeeded: Self.u64(bytes, record + 32))
            directorySize = Int(truncatingIfNeeded: Self.u64(bytes, record + 40))
            directoryOffset = Int(truncatingIfNeeded: Self.u64(bytes, record + 48))
        }
        guard count >= 0, directoryOffset >= 0, directorySize >= 0, directoryOffset + directorySize <= n else {
            throw XLSXError(.damagedZIP, detail: "directorio central")
        }
        var p = directoryOffset
        entries.reserveCapacity(min(count, 1 << 16))
        for _ in 0..<count {
            guard p + ZIPFormat.centralHeaderSize <= n, Self.u32(bytes, p) == ZIPFormat.centralHeaderSignature else {
                throw XLSXError(.damagedZIP, detail: "directorio central")
            }
            let nameLength = Int(Self.u16(bytes, p + 28))
            let extraLength = Int(Self.u16(bytes, p + 30))
            let commentLength = Int(Self.u16(bytes, p + 32))
            let nameStart = p + ZIPFormat.centralHeaderSize
            guard nameStart + nameLength + extraLength + commentLength <= n else {
                throw XLSXError(.damagedZIP, detail: "directorio central")
            }
            var entry = ZIPEntry(
                name: String(decoding: bytes[nameStart..<(nameStart + nameLength)], as: UTF8.self),
                method: Self.u16(bytes, p + 10), flags: Self.u16(bytes, p + 8), checksum: Self.u32(bytes, p + 16),
                compressedSize: Int(Self.u32(bytes, p + 20)), uncompressedSize: Int(Self.u32(bytes, p + 24)),
                localHeaderOffset: Int(Self.u32(bytes, p + 42)))
            Self.applyZIP64(bytes, extra: (nameStart + nameLength)..<(nameStart + nameLength + extraLength), to: &entry)
            byName[Self.key(entry.name)] = entries.count
            entries.append(entry)
            p = nameStart + nameLength + extraLength + commentLength
        }
    }

    /// The entry named `name` (part names compare without case and without a leading `/`, as OPC does).
    public func entry(named name: String) -> ZIPEntry? {
        byName[Self.key(name)].map { entries[$0] }
    }

    /// Where the stored data of `entry` lies in the archive `bytes`.
    public func dataRange(of entry: ZIPEntry, in bytes: [UInt8]) throws(XLSXError) -> Range<Int> {
        let header = entry.localHeaderOffset
        guard header >= 0, header + ZIPFormat.localHeaderSize <= bytes.count,
              Self.u32(bytes, header) == ZIPFormat.localHeaderSignature else {
            throw XLSXError(.damagedZIP, detail: entry.name)
        }
        let start = header + ZIPFormat.localHeaderSize + Int(Self.u16(bytes, header + 26)) + Int(Self.u16(bytes, header + 28))
        guard entry.compressedSize >= 0, start + entry.compressedSize <= bytes.count else { throw XLSXError(.damagedZIP, detail: entry.name) }
        return start..<(start + entry.compressedSize)
    }

    /// Replaces 32-bit fields set to 0xFFFFFFFF by the values of the ZIP64 extra field.
    private static func applyZIP64(_ bytes: [UInt8], extra: Range<Int>, to entry: inout ZIPEntry) {
        let marker = Int(ZIPFormat.zip64Marker32)
        guard entry.compressedSize == marker || entry.uncompressedSize == marker || entry.localHeaderOffset == marker else { return }
        var p = extra.lowerBound
        while p + 4 <= extra.upperBound {
            let id = u16(bytes, p)
            let size = Int(u16(bytes, p + 2))
            if id == ZIPFormat.zip64ExtraFieldID {
                var q = p + 4
                let limit = min(p + 4 + size, extra.upperBound)
                if entry.uncompressedSize == marker, q + 8 <= limit { entry.uncompressedSize = Int(truncatingIfNeeded: u64(bytes, q)); q += 8 }
                if entry.compressedSize == marker, q + 8 <= limit { entry.compressedSize = Int(truncatingIfNeeded: u64(bytes, q)); q += 8 }
                if entry.localHeaderOffset == marker, q + 8 <= limit { entry.localHeaderOffset = Int(truncatingIfNeeded: u64(bytes, q)) }
                return
            }
            p += 4 + size
        }
    }

    private static func key(_ name: String) -> String {
        let slashed = name.replacingOccurrences(of: "\\", with: "/")
        return (slashed.hasPrefix("/") ? String(slashed.dropFirst()) : slashed).lowercased()
    }

    static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
    static func u32(_ b: [UInt8], _ i: Int) -> UInt32 { UInt32(u16(b, i)) | UInt32(u16(b, i + 2)) << 16 }
    static func u64(_ b: [UInt8], _ i: Int) -> UInt64 { UInt64(u32(b, i)) | UInt64(u32(b, i + 4)) << 32 }
}
