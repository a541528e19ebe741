/// In-memory filters over the quote index (`quote_variant`, `quote_shingle`, `quote_anchor`), so that quote
/// resolution asks SQLite only about what may be stored.
///
/// Most quotes in a news stream are new: before these filters, every new quote cost a look-up per word pair
/// (counting, then reading candidates) that found nothing. A filter answers "certainly not stored" from memory.
/// It never answers "not stored" for a row that is, as long as every write to those tables in this process goes
/// through `GraphStore` (which keeps the filters) and no other connection writes: the writer checks SQLite's
/// `data_version` before each transaction and stops using the filters once another connection has committed.
/// Entity merges are followed: the merged node's word pairs count for the node it joined.
final class QuoteIndexFilter {
    // At a million articles the pairs number about 300 million; past these bounds (512 MB in all) the filters
    // answer "maybe" more often, and peak memory stays well under 2 GB with SQLite's 256 MB page cache.
    private var variants = BloomFilter(maxBytes: 64 << 20)
    private var pairs = BloomFilter(capacity: 1 << 18, maxBytes: 384 << 20)
    private var anchors = BloomFilter(maxBytes: 64 << 20)
    /// Nodes merged into each node while the filters were kept: their pairs were moved to it in the tables.
    private var absorbed: [EntityID: [EntityID]] = [:]
    /// SQLite's `data_version` when the filters last agreed with the tables.
    var dataVersion: Int64

    init(dataVersion: Int64) {
        self.dataVersion = dataVersion
    }

    /// Bytes held by the filters.
    var byteCount: Int { variants.byteCount + pairs.byteCount + anchors.byteCount }

    func addVariant(_ key: String) { variants.insert(Self.hash(key)) }

    func addPair(speaker: EntityID, shingle: Int64) { pairs.insert(Self.hash(speaker, shingle)) }

    func addAnchor(speaker: EntityID, shingle: Int64) { anchors.insert(Self.hash(speaker, shingle)) }

    func mayHaveVariant(_ key: String) -> Bool { variants.contains(Self.hash(key)) }

    /// False when no quote of `speaker` (or of a node merged into it) certainly holds every one of `shingles`.
    func mayHaveAll(_ shingles: some Sequence<Int64>, speaker: EntityID) -> Bool {
        let speakers = [speaker] + (absorbed[speaker] ?? [])
        return speakers.contains { speaker in shingles.allSatisfy { pairs.contains(Self.hash(speaker, $0)) } }
    }

    /// False when no variant of a quote of `speaker` (or of a node merged into it) certainly starts with `shingle`.
    func mayHaveAnchor(_ shingle: Int64, speaker: EntityID) -> Bool {
        if anchors.contains(Self.hash(speaker, shingle)) { return true }
        return absorbed[speaker]?.contains { anchors.contains(Self.hash($0, shingle)) } ?? false
    }

    /// Records that node `other`'s index rows now belong to `kept`.
    func merge(_ other: EntityID, into kept: EntityID) {
        guard other != kept else { return }
        absorbed[kept, default: []] += [other] + (absorbed.removeValue(forKey: other) ?? [])
    }

    /// FNV-1a of a key's UTF-8 bytes.
    static func hash(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    static func hash(_ speaker: EntityID, _ shingle: Int64) -> UInt64 {
        BloomFilter.mix(UInt64(bitPattern: speaker.rawValue)) ^ UInt64(bitPattern: shingle)
    }
}
