/// An in-memory filter over `quote_variant`, so that quote resolution asks SQLite about a key only when it may be
/// stored.
///
/// Most quotes in a news stream are new: before this filter, every new quote cost a look-up that found nothing. The
/// filter answers "certainly not stored" from memory. It never answers "not stored" for a row that is, as long as
/// every write to the table in this process goes through `GraphStore` (which keeps the filter) and no other
/// connection writes: the writer checks SQLite's `data_version` before each transaction and stops using the filter
/// once another connection has committed. (Word pairs are found in `QuoteWindow`, which needs no filter.)
final class QuoteIndexFilter {
    // At a million articles the variants number about 20 million; past this bound the filter answers "maybe" more
    // often.
    private var variants = BloomFilter(maxBytes: 64 << 20)
    /// SQLite's `data_version` when the filter last agreed with the table.
    var dataVersion: Int64

    init(dataVersion: Int64) {
        self.dataVersion = dataVersion
    }

    /// Adds a variant by its key's `hash`.
    func addVariant(hash: UInt64) { variants.insert(hash) }

    /// Whether a variant with a key of this `hash` may be stored.
    func mayHaveVariant(hash: UInt64) -> Bool { variants.contains(hash) }

    /// FNV-1a of a key's UTF-8 bytes, as stored in `quote_variant.hash`.
    static func hash(_ key: String) -> UInt64 { KeyHash.fnv1a(key.utf8) }
}
