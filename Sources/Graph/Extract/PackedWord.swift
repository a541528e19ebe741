/// An ASCII word of 1 to 16 bytes held as two integers and a length: what `KeySet` hashes and compares.
///
/// An ASCII string is canonically equivalent only to itself, so equal packed words are equal strings, and a packed
/// word never equals a string that cannot be packed the same way.
struct PackedWord: Sendable, Equatable {
    var low: UInt64
    var high: UInt64
    var length: UInt8

    /// The word's bytes, little-endian; nil for an empty word, a longer one or one that is not ASCII.
    init?(_ word: String) {
        let count = word.utf8.count
        guard count >= 1, count <= 16 else { return nil }
        // Native and small strings lend their bytes without copying them out one index at a time, which was most
        // of a look-up's cost; a bridged string takes the copy.
        let packed = word.utf8.withContiguousStorageIfAvailable { Self.pack($0) }
            ?? Array(word.utf8).withUnsafeBufferPointer { Self.pack($0) }
        guard let packed else { return nil }
        self = packed
    }

    /// The packed form of a word given as bytes: nil unless 1 to 16 bytes, all ASCII.
    init?(bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count >= 1, bytes.count <= 16, let packed = Self.pack(bytes) else { return nil }
        self = packed
    }

    /// Length 0: what stands for a word that cannot be packed (empty, longer than 16 bytes, or not ASCII) in a
    /// table of packed words, one per token.
    static let none = PackedWord(low: 0, high: 0, length: 0)

    init(low: UInt64, high: UInt64, length: UInt8) {
        self.low = low
        self.high = high
        self.length = length
    }

    @inline(__always)
    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> PackedWord? {
        // One copy of the bytes into two zeroed words, read little-endian: byte i lands at bits 8i as a loop
        // shifting each byte there would put it, at a fraction of the cost (that loop was most of a look-up's).
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
        let low = UInt64(littleEndian: words.0)
        let high = UInt64(littleEndian: words.1)
        guard (low | high) & 0x8080_8080_8080_8080 == 0 else { return nil }
        return PackedWord(low: low, high: high, length: UInt8(bytes.count))
    }

    /// A slot in a table of `1 << (64 - shift)` slots: the top bits of a multiplicative hash.
    func slot(shift: UInt64) -> Int {
        let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(length)
        return Int(truncatingIfNeeded: (mixed &* 0x1656_67B1_9E37_79F9) >> shift)
    }
}
