#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif os(Windows)
import ucrt
#endif

/// The C library routines used on hot paths and for number text.
extension Platform {
    /// Compares `count` bytes at `a` and `b` (`memcmp`): negative, zero or positive as `a` sorts
    /// before, with or after `b` in unsigned byte order.
    @inline(__always)
    static func compareBytes(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, count: Int) -> Int32 {
        memcmp(a, b, count)
    }

    /// The first `byte` in the `count` bytes at `start` (`memchr`), or nil.
    @inline(__always)
    static func firstByte(_ byte: UInt8, in start: UnsafeRawPointer, count: Int) -> UnsafeRawPointer? {
        UnsafeRawPointer(memchr(start, Int32(byte), count))
    }

    /// The number at the start of the NUL-terminated `text` (`strtod`, C locale) and how many bytes
    /// it took (0 when there is no number).
    static func leadingDouble(_ text: UnsafePointer<CChar>) -> (value: Double, length: Int) {
        var end: UnsafeMutablePointer<CChar>?
        let value = strtod(text, &end)
        guard let end else { return (value, 0) }
        return (value, end - UnsafeMutablePointer(mutating: text))
    }

    /// `value` with 15 significant digits (`printf`'s `%.15g`: trailing zeros dropped, exponent form
    /// for very large or small values), as ASCII bytes.
    static func fifteenSignificantDigits(_ value: Double) -> [UInt8] {
        var buffer = [CChar](repeating: 0, count: 48)
        let length = withVaList([value]) { vsnprintf(&buffer, 48, "%.15g", $0) }
        return buffer[0..<Int(length)].map { UInt8(bitPattern: $0) }
    }
}
