/// A set of 64-bit hashes that answers "no" only for hashes never added, and "maybe" otherwise.
///
/// It grows as hashes are added: when a layer holds as many hashes as it was sized for, a layer twice as large is
/// added, so memory stays proportional to what was added (about 2.5 bytes a hash) and a small ingest allocates
/// little. Each layer has 10 bits a hash and 3 probes, so a false "maybe" comes about once in 60 per layer. Past
/// `maxBytes` no layer is added: the last one takes every further hash, and answers "maybe" more often, never "no"
/// for a hash it holds.
struct BloomFilter {
    private struct Layer {
        var words: [UInt64]
        let mask: UInt64
        let capacity: Int
        var count = 0

        init(capacity: Int) {
            // 10 bits a hash, rounded up to a power of two so that a probe is a mask, not a division.
            var bits = 64
            while bits < capacity * 10 { bits <<= 1 }
            words = [UInt64](repeating: 0, count: bits / 64)
            mask = UInt64(bits - 1)
            self.capacity = capacity
        }

        func contains(_ hash: UInt64) -> Bool {
            var probe = hash
            let step = (hash >> 32) | 1
            for _ in 0..<3 {
                let bit = probe & mask
                if words[Int(bit >> 6)] & (1 << (bit & 63)) == 0 { return false }
                probe &+= step
            }
            return true
        }

        mutating func insert(_ hash: UInt64) {
            var probe = hash
            let step = (hash >> 32) | 1
            for _ in 0..<3 {
                let bit = probe & mask
                words[Int(bit >> 6)] |= 1 << (bit & 63)
                probe &+= step
            }
            count += 1
        }
    }

    private var layers: [Layer]
    private let maxBytes: Int

    /// - Parameters:
    ///   - capacity: hashes the first layer is sized for.
    ///   - maxBytes: the most memory the layers may take together (the first layer is always made).
    init(capacity: Int = 1 << 16, maxBytes: Int = .max) {
        layers = [Layer(capacity: max(64, capacity))]
        self.maxBytes = maxBytes
    }

    /// Bytes held by the bit arrays.
    var byteCount: Int { layers.reduce(0) { $0 + $1.words.count * 8 } }

    /// False when `hash` was certainly never added.
    func contains(_ hash: UInt64) -> Bool {
        let mixed = Self.mix(hash)
        return layers.contains { $0.contains(mixed) }
    }

    /// Adds `hash`; one already (maybe) there is not added again, so repeats do not fill the layers.
    mutating func insert(_ hash: UInt64) {
        let mixed = Self.mix(hash)
        if layers.contains(where: { $0.contains(mixed) }) { return }
        let last = layers[layers.count - 1]
        // The next layer is twice the size of the last: it fits when the total stays within `maxBytes`.
        if last.count >= last.capacity && byteCount + 2 * last.words.count * 8 <= maxBytes {
            layers.append(Layer(capacity: last.capacity * 2))
        }
        layers[layers.count - 1].insert(mixed)
    }

    /// Spreads the bits of a hash over all 64 (the finaliser of SplitMix64): inputs such as FNV hashes or pairs of
    /// small ids vary little in their high bits.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
