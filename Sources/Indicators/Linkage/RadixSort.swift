/// Stable LSD radix sort of record indices by unsigned integer keys.
public enum RadixSort {
    /// Indices `0..<keys.count` ordered by `keys` ascending; equal keys keep index order (stable).
    ///
    /// Only the low `bits` bits of the keys are examined.
    /// - Complexity: O(n · ⌈bits / 11⌉); two buffers of n words (key and index packed) when they fit
    ///   64 bits, else two index buffers of n elements and a look-up of each key per pass.
    public static func sortedIndices(_ keys: [UInt64], bits: Int) -> [UInt32] {
        let n = keys.count
        let indexBits = bitWidth(n)
        if n >= 2 && bits > 0 && bits + indexBits <= 64 { return sortedPacked(keys, bits: bits, indexBits: indexBits) }
        var order = [UInt32](unsafeUninitializedCapacity: n) { buffer, count in
            for i in 0..<n { buffer[i] = UInt32(i) }
            count = n
        }
        if n < 2 || bits <= 0 { return order }
        var scratch = [UInt32](repeating: 0, count: n)
        let digitBits = 11
        let radix = 1 << digitBits
        var shift = 0
        var histogram = [Int](repeating: 0, count: radix)
        keys.withUnsafeBufferPointer { k in
            while shift < bits {
                let mask = UInt64(1 << min(digitBits, bits - shift)) - 1
                for i in 0..<radix { histogram[i] = 0 }
                for i in 0..<n { histogram[Int((k[i] >> UInt64(shift)) & mask)] += 1 }
                if histogram.contains(n) { shift += digitBits; continue }   // all in one bucket
                toBucketStarts(&histogram)
                order.withUnsafeBufferPointer { source in
                    scratch.withUnsafeMutableBufferPointer { target in
                        for i in 0..<n {
                            let index = source[i]
                            let digit = Int((k[Int(index)] >> UInt64(shift)) & mask)
                            target[histogram[digit]] = index
                            histogram[digit] += 1
                        }
                    }
                }
                swap(&order, &scratch)
                shift += digitBits
            }
        }
        return order
    }

    /// `sortedIndices` when a key's low `bits` bits and its index fit one word together: the words
    /// (key above, index below) are sorted by their key digits, so that every pass reads its input in
    /// order instead of looking each index's key up at random (a cache miss per record and pass once
    /// the keys outgrow the cache). Indices start ascending, so equal keys keep index order.
    ///
    /// Large inputs are split into one range per core: each pass counts the digits of every range,
    /// gives range r the slots of each bucket after those of ranges 0..<r (so the sort stays stable),
    /// and moves the ranges' words at the same time.
    static func sortedPacked(_ keys: [UInt64], bits: Int, indexBits: Int) -> [UInt32] {
        let n = keys.count
        let keyMask: UInt64 = bits == 64 ? .max : (1 << UInt64(bits)) - 1
        let parts = n >= 1 << 20 ? workerCount : 1
        var source = keys.withUnsafeBufferPointer { k in
            let k = _SendableBuffer(k)
            return parallelArray(count: n) { i in (k.buffer[i] & keyMask) << UInt64(indexBits) | UInt64(i) }
        }
        var target = [UInt64](repeating: 0, count: n)
        let digitBits = 11
        let radix = 1 << digitBits
        let mask = UInt64(radix - 1)
        // `starts[part * radix + digit]`: where the part's next word of that digit goes.
        var starts = [Int](repeating: 0, count: parts * radix)
        var shift = indexBits
        while shift < indexBits + bits {
            let digitShift = UInt64(shift)   // the key's top bits are 0 above `bits` (masked above)
            let counts = source.withUnsafeBufferPointer { w in
                let w = _SendableBuffer(w)
                return parallelMap(parts) { part in
                    var histogram = [Int](repeating: 0, count: radix)
                    for i in (n * part / parts)..<(n * (part + 1) / parts) {
                        histogram[Int((w.buffer[i] >> digitShift) & mask)] += 1
                    }
                    return histogram
                }
            }
            if (0..<radix).contains(where: { digit in counts.reduce(0) { $0 + $1[digit] } == n }) {
                shift += digitBits   // all in one bucket
                continue
            }
            var total = 0
            for digit in 0..<radix {
                for part in 0..<parts {
                    starts[part * radix + digit] = total
                    total += counts[part][digit]
                }
            }
            source.withUnsafeBufferPointer { w in
                target.withUnsafeMutableBufferPointer { t in
                    starts.withUnsafeMutableBufferPointer { s in
                        let w = _SendableBuffer(w), t = _SendableMutablePointer(t.baseAddress)
                        let s = _SendableMutablePointer(s.baseAddress)
                        _ = parallelMap(parts) { part in
                            let next = s.pointer! + part * radix
                            for i in (n * part / parts)..<(n * (part + 1) / parts) {
                                let word = w.buffer[i]
                                let digit = Int((word >> digitShift) & mask)
                                t.pointer![next[digit]] = word
                                next[digit] += 1
                            }
                            return 0
                        }
                    }
                }
            }
            swap(&source, &target)
            shift += digitBits
        }
        let indexMask: UInt64 = (1 << UInt64(indexBits)) - 1
        return source.withUnsafeBufferPointer { w in
            let w = _SendableBuffer(w)
            return parallelArray(count: n) { i in UInt32(truncatingIfNeeded: w.buffer[i] & indexMask) }
        }
    }

    /// Turns counts per digit into the position where each digit's bucket starts (exclusive prefix sums).
    private static func toBucketStarts(_ histogram: inout [Int]) {
        var total = 0
        for i in histogram.indices {
            let count = histogram[i]
            histogram[i] = total
            total += count
        }
    }

    /// Number of bits needed to hold values up to `maximum`.
    public static func bitWidth(_ maximum: Int) -> Int {
        maximum <= 0 ? 0 : Int.bitWidth - maximum.leadingZeroBitCount
    }
}
