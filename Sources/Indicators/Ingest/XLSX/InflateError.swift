/// Why a deflate stream (RFC 1951) could not be decompressed.
public struct InflateError: Error, Sendable, Equatable {
    /// The kind of damage.
    public enum Code: String, Sendable {
        /// Block type 3, which the format reserves.
        case invalidBlockType = "tipo de bloque inválido"
        /// A stored block whose length and its one's complement disagree.
        case storedLengthMismatch = "longitud de bloque almacenado inconsistente"
        /// Code lengths that do not form a prefix code (over-subscribed, or a repeat with no previous length).
        case invalidCodeLengths = "longitudes de código Huffman inválidas"
        /// A bit pattern that is no code of the current table, or a reserved symbol.
        case invalidSymbol = "símbolo Huffman inválido"
        /// A back-reference to before the start of the output.
        case distanceTooFar = "distancia hacia atrás fuera de la salida"
        /// The input ended before the final block did.
        case truncated = "datos comprimidos incompletos"
    }

    /// The kind of damage.
    public var code: Code
    /// Offset in the compressed input near which it was found.
    public var offset: Int

    /// Creates an error.
    public init(_ code: Code, offset: Int) {
        self.code = code
        self.offset = offset
    }
}
