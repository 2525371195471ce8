/// Stable LSD radix sort of record indices by unsigned integer keys.
public enum RadixSort {
    /// Indices `0..<keys.count` ordered by `keys` ascending; equal keys keep index order (stable).
    ///
    /// Only the low `bits` bits of the keys are examined.
    /// - Complexity: O(n · ⌈bits / 11⌉), two index buffers of n elements.
    public static func sortedIndices(_ keys: [UInt64], bits: Int) -> [UInt32] {
        let n = keys.count
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
                let mask = UInt64(radix - 1)
                for i in 0..<radix { histogram[i] = 0 }
                for i in 0..<n { histogram[Int((k[i] >> UInt64(shift)) & mask)] += 1 }
                if histogram.contains(n) { shift += digitBits; continue }   // all in one bucket
                var total = 0
                for i in 0..<radix {
                    let c = histogram[i]
                    histogram[i] = total
                    total += c
                }
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

    /// Number of bits needed to hold values up to `maximum`.
    public static func bitWidth(_ maximum: Int) -> Int {
        maximum <= 0 ? 0 : Int.bitWidth - maximum.leadingZeroBitCount
    }
}
