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
        /// The distinct word-pair hashes, ascending: the order in which the rarest pair is looked for.
        let sortedShingles: [Int64]
        /// `QuoteIndexFilter.hash` of `key`, for the writer's filter over the variant keys.
        let filterHash: UInt64

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
            var sorted = shingles.sorted()
            sorted.removeConsecutiveDuplicates()
            sortedShingles = sorted
            filterHash = QuoteIndexFilter.hash(key)
        }
    }

    /// Words of a quote key, as `NameKey.words(key).count` counts them, without making the words.
    static func wordCount(_ key: String) -> Int {
        var words = 0
        var inWord = false
        for byte in key.utf8 {
            // Beyond ASCII a space may start a grapheme cluster, which `split` on a Character does not split at.
            guard byte < 0x80 else { return NameKey.words(key).count }
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return words
    }
}

extension Array where Element: Equatable {
    /// Removes each element equal to the one before it.
    fileprivate mutating func removeConsecutiveDuplicates() {
        guard count > 1 else { return }
        var kept = 1
        for index in 1..<count where self[index] != self[kept - 1] {
            self[kept] = self[index]
            kept += 1
        }
        removeLast(count - kept)
    }
}
