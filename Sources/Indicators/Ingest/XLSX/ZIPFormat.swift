/// Format constants of the ZIP container (PKWARE APPNOTE), shared by the xlsx reader in `Indicators`
/// and the xlsx writer in the command-line tool.
public enum ZIPFormat {
    /// Signature of a local file header, `PK\u{3}\u{4}`.
    public static let localHeaderSignature: UInt32 = 0x0403_4B50
    /// Signature of a central-directory file header, `PK\u{1}\u{2}`.
    public static let centralHeaderSignature: UInt32 = 0x0201_4B50
    /// Signature of the end-of-central-directory record, `PK\u{5}\u{6}`.
    public static let endOfDirectorySignature: UInt32 = 0x0605_4B50
    /// Signature of the ZIP64 end-of-central-directory record, `PK\u{6}\u{6}`.
    public static let zip64EndOfDirectorySignature: UInt32 = 0x0606_4B50
    /// Signature of the ZIP64 end-of-central-directory locator, `PK\u{6}\u{7}`.
    public static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    /// Optional signature in front of a data descriptor, `PK\u{7}\u{8}`.
    public static let dataDescriptorSignature: UInt32 = 0x0807_4B50
    /// Header id of the ZIP64 extended-information extra field.
    public static let zip64ExtraFieldID: UInt16 = 0x0001

    /// Fixed size of a local file header, before its name and extra field.
    public static let localHeaderSize = 30
    /// Fixed size of a central-directory file header, before its name, extra field and comment.
    public static let centralHeaderSize = 46
    /// Fixed size of the end-of-central-directory record, before its comment.
    public static let endOfDirectorySize = 22
    /// Size of the ZIP64 end-of-central-directory locator.
    public static let zip64LocatorSize = 20

    /// Compression method 0: the entry is stored as it is.
    public static let methodStored: UInt16 = 0
    /// Compression method 8: the entry is compressed with deflate (RFC 1951).
    public static let methodDeflated: UInt16 = 8
    /// General-purpose flag bit 0: the entry is encrypted.
    public static let flagEncrypted: UInt16 = 1 << 0
    /// General-purpose flag bit 3: sizes and CRC follow the data in a data descriptor.
    public static let flagDataDescriptor: UInt16 = 1 << 3
    /// A 32-bit size or offset with this value means "see the ZIP64 extra field".
    public static let zip64Marker32: UInt32 = 0xFFFF_FFFF
    /// A 16-bit count with this value means "see the ZIP64 end record".
    public static let zip64Marker16: UInt16 = 0xFFFF
    /// "Version needed to extract" 2.0: deflate and folders, no ZIP64.
    public static let versionDeflate: UInt16 = 20
}
