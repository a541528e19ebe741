/// A set of token keys, answering as `Set<String>` does, faster for the usual key: ASCII and at most 16 bytes.
///
/// Such a key is packed (`PackedWord`) and kept in an open-addressing table with a multiplicative hash, instead of
/// being hashed with SipHash through `String`; any other key goes to a `Set<String>`. Looking words up and
/// collecting them were about a fifth of extraction's time.
struct KeySet: Sendable {
    /// The table of packed keys: their bytes and length, a length of 0 for an empty slot.
    private var low = [UInt64](repeating: 0, count: 64)
    private var high = [UInt64](repeating: 0, count: 64)
    private var length = [UInt8](repeating: 0, count: 64)
    private var shift: UInt64 = 58
    private var packedCount = 0
    private var others: Set<String> = []

    init() {}

    /// An empty set whose table holds `capacity` packed keys before it grows: doubling it from the smallest size
    /// rehashed every key several times for each article.
    init(minimumCapacity capacity: Int) {
        var size = 64
        var shift: UInt64 = 58
        while capacity * 2 > size {
            size *= 2
            shift -= 1
        }
        low = [UInt64](repeating: 0, count: size)
        high = [UInt64](repeating: 0, count: size)
        length = [UInt8](repeating: 0, count: size)
        self.shift = shift
    }

    init(_ keys: some Sequence<String>) {
        for key in keys { insert(key) }
    }

    mutating func insert(_ key: String) {
        guard let word = PackedWord(key) else {
            others.insert(key)
            return
        }
        if (packedCount + 1) * 2 > length.count { grow() }
        if place(word) { packedCount += 1 }
    }

    func contains(_ key: String) -> Bool {
        guard let word = PackedWord(key) else { return others.contains(key) }
        return contains(packed: word)
    }

    /// `contains(key)`, where `packed` is `PackedWord(key)` made before, or `PackedWord.none` when there is none.
    func contains(_ key: String, packed: PackedWord) -> Bool {
        packed.length == 0 ? others.contains(key) : contains(packed: packed)
    }

    /// `insert(key)`, where `packed` is `PackedWord(key)` made before, or `PackedWord.none` when there is none.
    mutating func insert(_ key: String, packed: PackedWord) {
        guard packed.length != 0 else {
            others.insert(key)
            return
        }
        if (packedCount + 1) * 2 > length.count { grow() }
        if place(packed) { packedCount += 1 }
    }

    private func contains(packed word: PackedWord) -> Bool {
        var slot = word.slot(shift: shift)
        while length[slot] != 0 {
            if length[slot] == word.length, low[slot] == word.low, high[slot] == word.high { return true }
            slot = (slot + 1) & (length.count - 1)
        }
        return false
    }

    /// Puts a word in its slot, or finds it there; whether it was new.
    private mutating func place(_ word: PackedWord) -> Bool {
        var slot = word.slot(shift: shift)
        while length[slot] != 0 {
            if length[slot] == word.length, low[slot] == word.low, high[slot] == word.high { return false }
            slot = (slot + 1) & (length.count - 1)
        }
        (low[slot], high[slot], length[slot]) = (word.low, word.high, word.length)
        return true
    }

    /// Doubles the table, keeping it at most half full so that probes stay short.
    private mutating func grow() {
        let old = (low, high, length)
        let size = length.count * 2
        low = [UInt64](repeating: 0, count: size)
        high = [UInt64](repeating: 0, count: size)
        length = [UInt8](repeating: 0, count: size)
        shift -= 1
        for i in old.2.indices where old.2[i] != 0 {
            _ = place(PackedWord(low: old.0[i], high: old.1[i], length: old.2[i]))
        }
    }
}
