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
            self.key = key
            (wordCount, shingles) = QuoteResolver.parts(ofKey: key)
            var sorted = shingles.sorted()
            sorted.removeConsecutiveDuplicates()
            sortedShingles = sorted
            filterHash = QuoteIndexFilter.hash(key)
        }
    }

    /// The words of a quote key, counted, and the hashes of its word pairs (`shingles(NameKey.words(key))`).
    ///
    /// An ASCII key is read as bytes: splitting it into `Substring`s by `Character` was half the cost of building
    /// the window of recent quotes from a stored graph. Other keys are split as `NameKey.words` splits them.
    static func parts(ofKey key: String) -> (wordCount: Int, shingles: [Int64]) {
        var key = key
        let parts = key.withUTF8 { bytes -> (Int, [Int64])? in
            // Word bounds, as start and end offsets.
            var bounds: [(start: Int, end: Int)] = []
            var start = -1
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x80 else { return nil }
                if byte == 0x20 {
                    if start >= 0 { bounds.append((start, index)) }
                    start = -1
                } else if start < 0 {
                    start = index
                }
            }
            if start >= 0 { bounds.append((start, bytes.count)) }
            guard bounds.count >= 2 else { return (bounds.count, []) }
            var shingles: [Int64] = []
            shingles.reserveCapacity(bounds.count - 1)
            for index in 0..<(bounds.count - 1) {
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for byte in bytes[bounds[index].start..<bounds[index].end] { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
                hash = (hash ^ 0x20) &* 0x0000_0100_0000_01B3
                for byte in bytes[bounds[index + 1].start..<bounds[index + 1].end] { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
                shingles.append(Int64(bitPattern: hash))
            }
            return (bounds.count, shingles)
        }
        if let parts { return parts }
        let words = NameKey.words(key)
        return (words.count, shingles(words))
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
