/// Byte-level checks on the start of an input.
public enum FileBytes {
    /// True when the first bytes hold a NUL byte or mostly control characters: not delimited text.
    public static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        var control = 0
        for b in sample {
            if b == 0 { return true }
            if b < 9 || (b > 13 && b < 32) { control += 1 }
        }
        return control * 10 > sample.count
    }
}
