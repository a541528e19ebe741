extension QuoteResolver {
    /// What resolution compares of a quote's text: its key, how many words the key has, and its word-pair hashes.
    ///
    /// Pure and per document: ingestion makes these on the extraction cores, so that the one writer thread does
    /// only look-ups and inserts (normalising a text through `NameKey.quote` was a good part of its time).
    public struct Key: Sendable, Hashable {
        /// `NameKey.quote` of the text: lower case, no diacritics, no editorial insertions, words split by one space.
        public let key: String
        /// Words of `key`.
        public let wordCount: Int
        /// `QuoteResolver.shingles` of the key's words, in order.
        public let shingles: [Int64]

        /// The key of a quote's text.
        ///
        /// - Complexity: linear in the text's length.
        public init(text: String) {
            self.init(key: NameKey.quote(text))
        }

        /// The parts of an already normalised key.
        init(key: String) {
            let words = NameKey.words(key)
            self.key = key
            wordCount = words.count
            shingles = QuoteResolver.shingles(words)
        }
    }
}
